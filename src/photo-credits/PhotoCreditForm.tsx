import { DeleteWithConfirmButton, SaveButton, SelectInput, SimpleForm, Toolbar } from 'react-admin';
import { licenses, photoCreditInputSchema } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';
import { useRefusedDelete } from '../tags/refusedDelete';
import { CreditPreview } from './CreditPreview';
import { PhotographerInput } from './PhotographerInput';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(photoCreditInputSchema);

const FormToolbar = () => {
  const onError = useRefusedDelete('photo-credits');
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" mutationOptions={{ onError }} />
    </Toolbar>
  );
};

export const PhotoCreditForm = () => (
  <SimpleForm validate={validate} noValidate toolbar={<FormToolbar />}>
    <PhotographerInput />
    <TextIn source="agency" />
    <CreditPreview />
    <SelectInput
      source="license"
      choices={choicesOf(licenses, 'resources.photo-credits.licenses')}
      defaultValue="agency"
    />
    <TextIn source="notes" multiline minRows={2} />
    <RecordConflictDialog />
  </SimpleForm>
);
