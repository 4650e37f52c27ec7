import { SearchInput } from 'react-admin';
import { lazyPart } from '../../common/lazyPart';

/** Every input but the search box, which is always on, loads when first shown (filterInputs.tsx). */
const load = () => import('./filterInputs');
const SectionFilter = lazyPart(() => load().then((m) => m.SectionFilter));
const TagFilter = lazyPart(() => load().then((m) => m.TagFilter));
const AuthorFilter = lazyPart(() => load().then((m) => m.AuthorFilter));
const LanguageFilter = lazyPart(() => load().then((m) => m.LanguageFilter));
const BreakingFilter = lazyPart(() => load().then((m) => m.BreakingFilter));
const DayFilter = lazyPart(() => load().then((m) => m.DayFilter));

/** Fetches the filter inputs ahead of a first "Add filter" (the list calls it when idle). */
export const preloadFilterInputs = load;

/**
 * The list's filters. Status belongs to the tabs; `section` is the server filter that takes a
 * section with its subsections; the date range bounds the publication time. React-admin's
 * filter button and form read `source`, `label`, `defaultValue` and `alwaysOn` off these
 * elements, so those stay here, outside the lazy chunk.
 */
export const articleFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SectionFilter key="section" source="section" label="resources.articles.fields.categoryId" />,
  <TagFilter key="tagIds" source="tagIds" />,
  <AuthorFilter key="authorId" source="authorId" />,
  <LanguageFilter key="lang" source="lang" />,
  <BreakingFilter key="isBreaking" source="isBreaking" defaultValue />,
  <DayFilter
    key="from"
    source="publishedAt_gte"
    label="resources.articles.filters.published_from"
  />,
  <DayFilter
    key="to"
    source="publishedAt_lte"
    label="resources.articles.filters.published_to"
    end
  />,
];
