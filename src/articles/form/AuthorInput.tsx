import { AutocompleteInput, ReferenceInput } from 'react-admin';

const toQuery = (q: string) => ({ q });

export const AuthorInput = () => (
  <ReferenceInput source="authorId" reference="authors" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={toQuery} fullWidth />
  </ReferenceInput>
);
