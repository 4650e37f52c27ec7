import Box from '@mui/material/Box';
import { BooleanInput, FormDataConsumer, SelectInput } from 'react-admin';
import { TextIn } from '../../common/TextIn';
import { LazyBodyInput } from '../../editor/LazyBodyInput';
import { PublishAtInput } from '../../schedule';
import { StatusInput } from '../../workflow';
import { CategoryTreeInput } from '../CategoryTreeInput';
import { languageChoices } from '../choices';
import { AuthorInput } from './AuthorInput';
import { SlugInput } from './SlugInput';
import { TagsInput } from './TagsInput';
import { useArticleDir } from './useArticleDir';

const row = {
  display: 'flex',
  gap: 2,
  flexWrap: 'wrap',
  width: '100%',
  '& > *': { flex: '1 1 220px' },
};

/**
 * The Content tab: the story and where it sits. The body takes the full width; the placing
 * fields (section, tags, author, status, timing) come after it in a wrapping row.
 */
export const ContentFields = () => {
  const { slotProps } = useArticleDir();
  return (
    <>
      <TextIn source="title" isRequired fullWidth slotProps={slotProps} />
      <Box sx={row}>
        <SlugInput />
        <SelectInput source="lang" choices={languageChoices} defaultValue="en" isRequired />
      </Box>
      <TextIn source="summary" multiline minRows={2} fullWidth slotProps={slotProps} />
      <Box sx={{ width: '100%' }}>
        <LazyBodyInput />
      </Box>
      <Box sx={row}>
        <CategoryTreeInput source="categoryId" emptyText="resources.articles.form.no_category" />
        <AuthorInput />
      </Box>
      <TagsInput />
      <Box sx={row}>
        <StatusInput defaultValue="draft" isRequired />
        {/* Publish at matters only to a scheduled article (the server requires it then). */}
        <FormDataConsumer>
          {({ formData }) => formData.status === 'scheduled' && <PublishAtInput />}
        </FormDataConsumer>
      </Box>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
        <BooleanInput source="isBreaking" />
        <BooleanInput source="isFeatured" />
      </Box>
    </>
  );
};

/** The Metadata & SEO tab: the agency reference, rights and what search engines show. */
export const MetadataFields = () => {
  const { slotProps } = useArticleDir();
  return (
    <>
      <TextIn source="slugLine" fullWidth slotProps={{ htmlInput: { dir: 'ltr' } }} />
      <TextIn source="copyright" fullWidth slotProps={slotProps} />
      <TextIn
        source="seoTitle"
        fullWidth
        slotProps={slotProps}
        helperText="resources.articles.form.seo_title_help"
      />
      <TextIn
        source="seoDescription"
        multiline
        minRows={2}
        fullWidth
        slotProps={slotProps}
        helperText="resources.articles.form.seo_description_help"
      />
    </>
  );
};
