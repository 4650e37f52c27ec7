import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { SyntheticEvent } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { articleStatuses, type ArticleStatus } from '../../schemas/enums';
import type { Article } from '../../schemas';
import type { StatusCounts } from '../../providers/dataProvider';
import { useFormatNumber } from '../../common/localeFormat';
import { countOf, useListStatusCounts } from './useStatusCounts';

type TabValue = ArticleStatus | 'all';
const tabs: TabValue[] = ['all', ...articleStatuses];

const TabLabel = ({ status, counts }: { status: TabValue; counts: StatusCounts | undefined }) => {
  const translate = useTranslate();
  const formatNumber = useFormatNumber();
  const total = countOf(counts, status === 'all' ? undefined : status);
  const name = translate(
    status === 'all' ? 'resources.articles.tabs.all' : `resources.articles.statuses.${status}`,
  );
  const count = total === undefined ? '' : ` (${formatNumber(total)})`;
  return <>{`${name}${count}`}</>;
};

/** Time columns follow the tab: a scheduled article has a publish time, not a publication. */
const timeFieldOf = (status: TabValue) => (status === 'scheduled' ? 'publishAt' : 'publishedAt');

/** Tabs per workflow status, each with its count under the other filters (one request for all). */
export const StatusTabs = () => {
  const { displayedFilters, setFilters, sort, setSort } = useListContext<Article>();
  const translate = useTranslate();
  const { status, others, counts } = useListStatusCounts();
  const current: TabValue = status ?? 'all';
  const onChange = (_: SyntheticEvent, next: TabValue) => {
    setFilters(next === 'all' ? others : { ...others, status: next }, displayedFilters);
    if (
      (sort.field === 'publishAt' || sort.field === 'publishedAt') &&
      timeFieldOf(next) !== sort.field
    ) {
      setSort({ field: timeFieldOf(next), order: next === 'scheduled' ? 'ASC' : 'DESC' });
    }
  };
  return (
    // Zero width, stretched: scrollable tabs must not widen the page on a phone, they scroll inside it.
    <Box sx={{ width: 0, minWidth: '100%' }}>
      <Tabs
        value={current}
        onChange={onChange}
        variant="scrollable"
        scrollButtons="auto"
        aria-label={translate('resources.articles.tabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        {tabs.map((t) => (
          <Tab key={t} value={t} label={<TabLabel status={t} counts={counts} />} />
        ))}
      </Tabs>
    </Box>
  );
};
