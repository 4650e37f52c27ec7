import {
  AutocompleteInput,
  BooleanInput,
  Labeled,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { roles, userInputSchema, type User } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { ZonedDateField } from '../common/ZonedDateField';
import { zodValidate } from '../common/zodValidate';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(userInputSchema);

const LastSignIn = ({ user }: { user: User }) => {
  const translate = useTranslate();
  return (
    <Labeled label="resources.users.fields.lastLoginAt">
      {user.lastLoginAt ? (
        <ZonedDateField source="lastLoginAt" />
      ) : (
        <span>{translate('resources.users.never')}</span>
      )}
    </Labeled>
  );
};

/**
 * Name, Email, Role, Active, optional author profile; last sign-in is shown, never edited.
 * The server's refusals (own role, last admin, duplicate email) arrive under their fields.
 */
export const UserForm = () => {
  const record = useRecordContext<User>();
  return (
    <SimpleForm validate={validate} noValidate>
      <TextIn source="name" isRequired />
      <TextIn source="email" type="email" isRequired slotProps={{ htmlInput: { dir: 'ltr' } }} />
      <SelectInput source="role" choices={choicesOf(roles, 'resources.users.roles')} isRequired />
      <BooleanInput source="active" defaultValue={true} helperText="resources.users.active_help" />
      <ReferenceInput source="authorId" reference="authors">
        <AutocompleteInput helperText="resources.users.author_help" />
      </ReferenceInput>
      {record && <LastSignIn user={record} />}
      <RecordConflictDialog />
    </SimpleForm>
  );
};
