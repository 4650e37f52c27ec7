import { SimpleForm } from 'react-admin';
import { tagInputSchema } from '../schemas';
import { TextIn } from '../common/TextIn';
import { SaveDeleteToolbar } from '../common/SaveDeleteToolbar';
import { zodValidate } from '../common/zodValidate';
import { SlugInput } from './SlugInput';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(tagInputSchema);

export const TagForm = () => (
  <SimpleForm validate={validate} noValidate toolbar={<SaveDeleteToolbar resource="tags" />}>
    <TextIn source="name" isRequired />
    <SlugInput from="name" />
    <RecordConflictDialog />
  </SimpleForm>
);
