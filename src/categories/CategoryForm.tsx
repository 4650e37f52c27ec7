import { SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { categoryInputSchema } from '../schemas';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';
import { SlugInput } from '../tags/SlugInput';
import { CategoryDeleteButton } from './CategoryDeleteButton';
import { ParentInput } from './ParentInput';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(categoryInputSchema);

const FormToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <CategoryDeleteButton redirect="list" />
  </Toolbar>
);

/** Position is set from the tree's move buttons, not typed; a new section goes last. */
export const CategoryForm = () => (
  <SimpleForm validate={validate} noValidate toolbar={<FormToolbar />}>
    <TextIn source="name.en" isRequired slotProps={{ htmlInput: { lang: 'en', dir: 'ltr' } }} />
    <TextIn source="name.ar" isRequired slotProps={{ htmlInput: { lang: 'ar', dir: 'rtl' } }} />
    <SlugInput from="name.en" />
    <ParentInput />
    <RecordConflictDialog />
  </SimpleForm>
);
