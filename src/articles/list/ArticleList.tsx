import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { List, useListContext } from 'react-admin';
import type { Article } from '../../schemas';
import { articleFilters } from './articleFilters';
import { ArticlePagination } from './ArticlePagination';
import { ARTICLE_LIST_META, ARTICLE_LIST_PER_PAGE, ARTICLE_LIST_SORT } from './listOptions';
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

const queryOptions = { meta: ARTICLE_LIST_META };

/**
 * The list editors live in: only the page is fetched (25 rows by default), whatever the size
 * of the archive; references batch through getMany.
 */
export const ArticleList = () => {
  const wide = useWide();
  return (
    <List
      filters={articleFilters}
      sort={ARTICLE_LIST_SORT}
      perPage={ARTICLE_LIST_PER_PAGE}
      queryOptions={queryOptions}
      pagination={<ArticlePagination />}
      sx={{ minWidth: 0, '& .RaList-main': { minWidth: 0 } }}
      actions={<ArticleListActions />}
      aside={wide ? <ArticleListAside /> : undefined}
    >
      <ListBody />
    </List>
  );
};
