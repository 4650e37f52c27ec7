import { SearchInput } from 'react-admin';
import { ZonedDayInput } from '../../common/ZonedDayInput';
import { lazyPart } from '../../common/lazyPart';

/**
 * Every input loads when first shown (filterInputs.tsx) but the search box, always on, and the
 * date bounds. React-admin's DateInput keeps the text it shows in its own state from its
 * mount: mounted late, under a filter already in the address, it stayed empty
 * (tests/components/articles/zoneLive.test.tsx), so it stays in the list's chunk (under 1 kB).
 */
const load = () => import('./filterInputs');
const SectionFilter = lazyPart(() => load().then((m) => m.SectionFilter));
const TagFilter = lazyPart(() => load().then((m) => m.TagFilter));
const AuthorFilter = lazyPart(() => load().then((m) => m.AuthorFilter));
const LanguageFilter = lazyPart(() => load().then((m) => m.LanguageFilter));
const BreakingFilter = lazyPart(() => load().then((m) => m.BreakingFilter));

/** Fetches the filter inputs ahead of a first "Add filter" (the list calls it when idle). */
export const preloadFilterInputs = () =>
  Promise.all(
    [SectionFilter, TagFilter, AuthorFilter, LanguageFilter, BreakingFilter].map((part) =>
      part.preload(),
    ),
  );

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
