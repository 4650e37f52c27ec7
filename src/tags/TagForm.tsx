import { SimpleForm } from 'react-admin';
import { tagInputSchema } from '../schemas';
import { TextIn } from '../common/TextIn';
import { zodValidate } from '../common/zodValidate';

const validate = zodValidate(tagInputSchema);

export const TagForm = () => (
  <SimpleForm validate={validate} noValidate>
    <TextIn source="name" isRequired />
    <TextIn source="slug" isRequired />
  </SimpleForm>
);
