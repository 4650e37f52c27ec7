import { useTranslate } from 'react-admin';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMetrics } from './api';
import { DailyChart } from './DailyChart';
import { useMetricsFormat } from './format';
import type { ArticleSeries } from './types';

/**
 * One article's views and shares per day since publication (at most the last 90 days), for the
 * article's show page.
 * Cheap to import: recharts itself loads lazily inside DailyChart. Needs metrics `show`.
 */
export const ArticleMetricsChart = ({ articleId }: { articleId: number }) => {
  const translate = useTranslate();
  const fmt = useMetricsFormat();
  const { data, isPending, isError } = useMetrics<ArticleSeries>(`articles/${articleId}/series`, {});
  const t = (key: string, opts?: object) => translate(`resources.metrics.chart.${key}`, opts);
  const views = data?.days.reduce((n, d) => n + d.views, 0) ?? 0;
  const shares = data?.days.reduce((n, d) => n + d.shares, 0) ?? 0;
  return (
    <Box component="section" aria-labelledby={`article-metrics-${articleId}`} sx={{ my: 2 }}>
      <Typography id={`article-metrics-${articleId}`} component="h2" variant="h6">
        {t('title')}
      </Typography>
      {isError ? (
        <Alert severity="error">{t('error')}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rectangular" height={240} />
      ) : views === 0 && shares === 0 ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {t('totals', { views: fmt.num(views), shares: fmt.num(shares), from: fmt.day(data.period.from), to: fmt.day(data.period.to) })}
          </Typography>
          <DailyChart
            days={data.days}
            fmt={fmt}
            height={240}
            names={{
              views: translate('nd.dashboard.chart.views'),
              shares: translate('nd.dashboard.chart.shares'),
              date: translate('nd.dashboard.chart.date'),
            }}
            summary={t('summary', { from: fmt.day(data.period.from), to: fmt.day(data.period.to) })}
          />
        </>
      )}
    </Box>
  );
};
export default ArticleMetricsChart;
