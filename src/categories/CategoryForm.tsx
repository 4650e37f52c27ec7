import { NumberInput, ReferenceInput, SelectInput, SimpleForm } from 'react-admin';
import { categoryInputSchema } from '../schemas';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';
import { categoryOptionText } from './CategoryName';

const validate = zodValidate(categoryInputSchema);

export const CategoryForm = () => (
  <SimpleForm validate={validate} noValidate>
    <TextIn source="name.en" isRequired slotProps={{ htmlInput: { lang: 'en', dir: 'ltr' } }} />
    <TextIn source="name.ar" isRequired slotProps={{ htmlInput: { lang: 'ar', dir: 'rtl' } }} />
    <TextIn source="slug" isRequired />
    <ReferenceInput
      source="parentId"
      reference="categories"
      perPage={200}
      sort={{ field: 'position', order: 'ASC' }}
    >
      <SelectInput emptyText="—" optionText={categoryOptionText} />
    </ReferenceInput>
    <NumberInput source="position" min={0} step={1} />
  </SimpleForm>
);
