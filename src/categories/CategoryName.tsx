import { ReferenceField, type ReferenceFieldProps } from 'react-admin';
import type { Category } from '../schemas';
import { BilingualField } from '../common/BilingualField';
import { bilingualText } from '../common/uiLocale';

/**
 * A category named explicitly rather than through recordRepresentation: while react-admin
 * remounts after a language change, a reference can render before the resource definitions
 * are back, and the default representation would print the {en, ar} object.
 */
export const CategoryReferenceField = (props: Omit<ReferenceFieldProps, 'reference'>) => (
  <ReferenceField reference="categories" link={false} {...props}>
    <BilingualField source="name" />
  </ReferenceField>
);

export const categoryOptionText = (record: Category) => bilingualText(record.name);
