import type { SortPayload } from 'react-admin';

/**
 * The article list's defaults, shared by the list and by the prefetch of its first page at
 * start (prefetchArticleList), which must ask exactly what the list will.
 */
export const ARTICLE_LIST_SORT: SortPayload = { field: 'publishedAt', order: 'DESC' };
export const ARTICLE_LIST_PER_PAGE = 25;
/**
 * Breaking articles lead, then the chosen order: a multi-field sort on the server. A search's
 * page comes without counting every match; its total is the tab's count (ArticlePagination).
 */
export const ARTICLE_LIST_META = { breakingFirst: true, uncountedSearch: true };
