import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  type BooleanInputProps,
  type ReferenceInputProps,
  type SelectInputProps,
} from 'react-admin';
import { CategoryTreeInput } from '../CategoryTreeInput';
import { languageChoices } from '../choices';

/**
 * The list's filter inputs but the search box and the dates: a chunk of their own (articleFilters.tsx), loaded
 * the first time one is shown, so the list's first paint carries no autocomplete, select
 * or switch input. Each takes the props react-admin's filter form gives a filter.
 */
type FilterProps = Omit<ReferenceInputProps, 'reference' | 'children'> & { source: string };

export const SectionFilter = CategoryTreeInput;

export const TagFilter = (props: FilterProps) => (
  <ReferenceInput reference="tags" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput label="resources.articles.filters.tag" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>
);

export const AuthorFilter = (props: FilterProps) => (
  <ReferenceInput reference="authors" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput label="resources.articles.fields.authorId" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>
);

export const LanguageFilter = (props: Omit<SelectInputProps, 'choices'>) => (
  <SelectInput choices={languageChoices} {...props} />
);

export const BreakingFilter = (props: BooleanInputProps) => <BooleanInput {...props} />;
