import Box from '@mui/material/Box';
import { SelectInput, SimpleForm } from 'react-admin';
import { authorInputSchema, authorKinds } from '../schemas';
import { choicesOf } from '../common/choices';
import { TextIn } from '../common/TextIn';
import { SaveDeleteToolbar } from '../common/SaveDeleteToolbar';
import { zodValidate } from '../common/zodValidate';
import { AvatarPreview } from './AvatarPreview';
import { RecordConflictDialog } from '../workflow/recordConflict';

const validate = zodValidate(authorInputSchema);
const ltr = { htmlInput: { dir: 'ltr' } };

/** Bios side by side (stacked on a narrow screen): the Arabic one right to left. */
export const AuthorForm = () => (
  <SimpleForm validate={validate} noValidate toolbar={<SaveDeleteToolbar resource="authors" />}>
    <TextIn source="name" isRequired />
    <SelectInput
      source="kind"
      choices={choicesOf(authorKinds, 'resources.authors.kinds')}
      defaultValue="staff"
    />
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
        columnGap: 2,
        width: '100%',
      }}
    >
      <TextIn
        source="bio.en"
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { lang: 'en', dir: 'ltr' } }}
      />
      <TextIn
        source="bio.ar"
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { lang: 'ar', dir: 'rtl' } }}
      />
    </Box>
    <TextIn source="email" type="email" slotProps={ltr} />
    <TextIn source="website" type="url" slotProps={ltr} />
    <TextIn source="avatarUrl" type="url" slotProps={ltr} />
    <AvatarPreview />
    <RecordConflictDialog />
  </SimpleForm>
);
