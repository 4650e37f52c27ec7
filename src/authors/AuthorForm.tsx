import { SelectInput, SimpleForm } from 'react-admin';
import { authorInputSchema, authorKinds } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';

const validate = zodValidate(authorInputSchema);
const ltr = { htmlInput: { dir: 'ltr' } };

export const AuthorForm = () => (
  <SimpleForm validate={validate} noValidate>
    <TextIn source="name" isRequired />
    <SelectInput
      source="kind"
      choices={choicesOf(authorKinds, 'resources.authors.kinds')}
      defaultValue="staff"
    />
    <TextIn
      source="bio.en"
      multiline
      minRows={2}
      slotProps={{ htmlInput: { lang: 'en', dir: 'ltr' } }}
    />
    <TextIn
      source="bio.ar"
      multiline
      minRows={2}
      slotProps={{ htmlInput: { lang: 'ar', dir: 'rtl' } }}
    />
    <TextIn source="email" type="email" slotProps={ltr} />
    <TextIn source="avatarUrl" type="url" slotProps={ltr} />
    <TextIn source="website" type="url" slotProps={ltr} />
  </SimpleForm>
);
