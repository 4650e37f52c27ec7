import { SelectInput, SimpleForm } from 'react-admin';
import { licenses, photoCreditInputSchema } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';

const validate = zodValidate(photoCreditInputSchema);

export const PhotoCreditForm = () => (
  <SimpleForm validate={validate} noValidate>
    <TextIn source="photographer" isRequired />
    <TextIn source="agency" />
    <SelectInput
      source="license"
      choices={choicesOf(licenses, 'resources.photo-credits.licenses')}
      defaultValue="agency"
    />
    <TextIn source="notes" multiline minRows={2} />
  </SimpleForm>
);
