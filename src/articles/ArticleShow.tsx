import Box from '@mui/material/Box';
import { lazy, Suspense, type ComponentType } from 'react';
import { EditButton, Show, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { clickedRecordFresh } from '../common/clickedRecord';
import type { Article } from '../schemas';
import { ArticleView } from './preview/ArticleView';

/**
 * The metrics chart belongs to the metrics feature; it is picked up when that module exists
 * (a glob matches zero or one file at build time) and loaded lazily, so the charts library
 * never weighs on the article pages' first load.
 */
const chartModules = import.meta.glob<{
  ArticleMetricsChart: ComponentType<{ articleId: number }>;
}>('../metrics/ArticleMetricsChart.tsx');
const loadChart = Object.values(chartModules)[0];
const MetricsChart = loadChart
  ? lazy(() => loadChart().then((m) => ({ default: m.ArticleMetricsChart })))
  : null;

const ShowActions = () => {
  const { canAccess } = useCanAccess({ resource: 'articles', action: 'edit' });
  return <TopToolbar>{canAccess && <EditButton />}</TopToolbar>;
};

const ShowBody = () => {
  const record = useRecordContext<Article>();
  if (!record) return null;
  return (
    <Box sx={{ p: { xs: 2, sm: 3 } }}>
      <ArticleView article={record} />
      {MetricsChart && (
        <Box sx={{ maxWidth: 760, mx: 'auto', mt: 4 }}>
          <Suspense fallback={null}>
            <MetricsChart articleId={record.id} />
          </Suspense>
        </Box>
      )}
    </Box>
  );
};

/** What roles that may only read (moderators) open: the article as the site shows it. */
export const ArticleShow = () => (
  <Show actions={<ShowActions />} queryOptions={clickedRecordFresh}>
    <ShowBody />
  </Show>
);
