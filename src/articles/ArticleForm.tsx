import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
} from 'react-admin';
import { TextIn } from '../common/TextIn';
import { ZonedDateTimeInput } from '../common/ZonedDateTimeInput';
import { languageChoices, statusChoices } from './choices';
import { validateArticle } from './articleFormValues';
import { categoryOptionText } from '../categories/CategoryName';

const ltr = { htmlInput: { dir: 'ltr' } };
const auto = { htmlInput: { dir: 'auto' } };

/** The plain article form; Body is a text area until the rich editor arrives. */
export const ArticleForm = () => (
  <SimpleForm validate={validateArticle} noValidate>
    <TextIn source="title" isRequired slotProps={auto} />
    <TextIn source="slug" isRequired slotProps={ltr} />
    <SelectInput source="lang" choices={languageChoices} defaultValue="en" isRequired />
    <TextIn source="summary" multiline minRows={2} slotProps={auto} />
    <TextIn source="body" multiline minRows={8} slotProps={auto} />
    <ReferenceInput source="categoryId" reference="categories" perPage={200}>
      <SelectInput optionText={categoryOptionText} />
    </ReferenceInput>
    <ReferenceArrayInput source="tagIds" reference="tags">
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceInput source="authorId" reference="authors">
      <AutocompleteInput />
    </ReferenceInput>
    <SelectInput source="status" choices={statusChoices} defaultValue="draft" />
    <ZonedDateTimeInput source="publishAt" />
    <BooleanInput source="isBreaking" />
    <BooleanInput source="isFeatured" />
    <TextIn source="featuredImage.url" type="url" slotProps={ltr} />
    <TextIn source="featuredImage.alt" slotProps={auto} />
    <TextIn source="featuredImage.caption" slotProps={auto} />
    <ReferenceInput source="featuredImage.photoCreditId" reference="photo-credits">
      <AutocompleteInput />
    </ReferenceInput>
    <TextIn source="slugLine" slotProps={ltr} />
    <TextIn source="copyright" slotProps={auto} />
    <TextIn source="seoTitle" slotProps={auto} />
    <TextIn source="seoDescription" multiline slotProps={auto} />
  </SimpleForm>
);
