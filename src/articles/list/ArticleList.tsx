import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { List, useListContext } from 'react-admin';
import type { Article } from '../../schemas';
import { articleFilters } from './articleFilters';
import { ArticlePagination } from './ArticlePagination';
import { ArticleListActions } from './ArticleListActions';
import { ArticleListAside } from './ArticleListAside';
import { ArticleSimpleList } from './ArticleSimpleList';
import { ArticleTable } from './ArticleTable';
import { StatusTabs } from './StatusTabs';
import { usePrefetchEdit } from './usePrefetchEdit';
import { useRowClick } from './useRowClick';

const useCompact = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
/** The sidebar only where the table keeps its room; FilterButton's menu lists saved queries too. */
const useWide = () => useMediaQuery<Theme>((theme) => theme.breakpoints.up('xl'));

const ListBody = () => {
  const compact = useCompact();
  const { filterValues } = useListContext<Article>();
  usePrefetchEdit(useRowClick().canEdit);
  const timeField = filterValues.status === 'scheduled' ? 'publishAt' : 'publishedAt';
  return (
    <>
      <StatusTabs />
      {compact ? <ArticleSimpleList /> : <ArticleTable timeField={timeField} />}
    </>
  );
};

/**
 * Breaking articles lead, then the chosen order: a multi-field sort on the server. A search's
 * page comes without counting every match; its total is the tab's count (ArticlePagination).
 */
const listMeta = { meta: { breakingFirst: true, uncountedSearch: true } };

/**
 * The list editors live in: only the page is fetched (25 rows by default), whatever the size
 * of the archive; references batch through getMany.
 */
export const ArticleList = () => {
  const wide = useWide();
  return (
    <List
      filters={articleFilters}
      sort={{ field: 'publishedAt', order: 'DESC' }}
      perPage={25}
      queryOptions={listMeta}
      pagination={<ArticlePagination />}
      sx={{ minWidth: 0, '& .RaList-main': { minWidth: 0 } }}
      actions={<ArticleListActions />}
      aside={wide ? <ArticleListAside /> : undefined}
    >
      <ListBody />
    </List>
  );
};
