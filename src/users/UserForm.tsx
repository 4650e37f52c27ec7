import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
} from 'react-admin';
import { roles, userInputSchema } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';

const validate = zodValidate(userInputSchema);

export const UserForm = () => (
  <SimpleForm validate={validate} noValidate>
    <TextIn source="name" isRequired />
    <TextIn source="email" type="email" isRequired slotProps={{ htmlInput: { dir: 'ltr' } }} />
    <SelectInput source="role" choices={choicesOf(roles, 'resources.users.roles')} isRequired />
    <BooleanInput source="active" defaultValue={true} />
    <ReferenceInput source="authorId" reference="authors">
      <AutocompleteInput />
    </ReferenceInput>
  </SimpleForm>
);
