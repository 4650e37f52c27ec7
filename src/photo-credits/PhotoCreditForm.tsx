import { SelectInput, SimpleForm } from 'react-admin';
import { licenses, photoCreditInputSchema } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { SaveDeleteToolbar } from '../common/SaveDeleteToolbar';
import { zodValidate } from '../common/zodValidate';
import { CreditPreview } from './CreditPreview';
import { PhotographerInput } from './PhotographerInput';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(photoCreditInputSchema);

export const PhotoCreditForm = () => (
  <SimpleForm
    validate={validate}
    noValidate
    toolbar={<SaveDeleteToolbar resource="photo-credits" />}
  >
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
