import { SaveButton, SimpleForm, Toolbar, DeleteWithConfirmButton } from 'react-admin';
import { tagInputSchema } from '../schemas';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';
import { SlugInput } from './SlugInput';
import { useRefusedDelete } from './refusedDelete';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(tagInputSchema);

const FormToolbar = () => {
  const onError = useRefusedDelete('tags');
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" mutationOptions={{ onError }} />
    </Toolbar>
  );
};

export const TagForm = () => (
  <SimpleForm validate={validate} noValidate toolbar={<FormToolbar />}>
    <TextIn source="name" isRequired />
    <SlugInput from="name" />
    <RecordConflictDialog />
  </SimpleForm>
);
