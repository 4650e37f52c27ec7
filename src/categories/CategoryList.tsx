import { List, Pagination, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { CategoryTree } from './CategoryTree';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/**
 * The sections as a tree, in the site's order. The search runs on the server; pages are large
 * because a newsroom has tens of sections, not thousands.
 */
export const CategoryList = () => (
  <List
    filters={filters}
    sort={{ field: 'position', order: 'ASC' }}
    perPage={100}
    pagination={<Pagination rowsPerPageOptions={[100, 250]} />}
    actions={<ListActions />}
  >
    <CategoryTree />
  </List>
);
