import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { CategoryTreeInput } from '../CategoryTreeInput';
import { languageChoices } from '../choices';
import { ZonedDayInput } from '../../common/ZonedDayInput';

/**
 * The list's filters. Status belongs to the tabs; `section` is the server filter that takes a
 * section with its subsections; the date range bounds the publication time.
 */
export const articleFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CategoryTreeInput key="section" source="section" label="resources.articles.fields.categoryId" />,
  <ReferenceInput
    key="tagIds"
    source="tagIds"
    reference="tags"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.articles.filters.tag" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput
    key="authorId"
    source="authorId"
    reference="authors"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.articles.fields.authorId" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="lang" source="lang" choices={languageChoices} />,
  <BooleanInput key="isBreaking" source="isBreaking" defaultValue />,
  <ZonedDayInput
    key="from"
    source="publishedAt_gte"
    label="resources.articles.filters.published_from"
  />,
  <ZonedDayInput
    key="to"
    source="publishedAt_lte"
    label="resources.articles.filters.published_to"
    end
  />,
];
