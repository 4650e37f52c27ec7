import { ReferenceInput, SelectInput, useRecordContext } from 'react-admin';
import type { Category } from '../schemas';
import { categoryOptionText } from './CategoryName';

/**
 * Only top-level sections can be parents (the site has two levels); a section with
 * subsections, or the section itself, is not offered. The server checks the same.
 */
export const ParentInput = () => {
  const record = useRecordContext<Category>();
  return (
    <ReferenceInput
      source="parentId"
      reference="categories"
      filter={{ parentId: null, ...(record ? { id_neq: record.id } : {}) }}
      perPage={200}
      sort={{ field: 'position', order: 'ASC' }}
    >
      <SelectInput emptyText="resources.categories.top_level" optionText={categoryOptionText} helperText="resources.categories.parent_help" />
    </ReferenceInput>
  );
};
