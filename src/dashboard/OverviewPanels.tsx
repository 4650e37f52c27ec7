import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { DailyChart } from '../metrics/DailyChart';
import type { MetricsFormat } from '../metrics/format';
import type { Breakdown, Series, Summary, Top } from '../metrics/types';
import { NetworkShares } from './NetworkShares';
import { SectionTotals } from './SectionTotals';
import { SummaryCards } from './SummaryCards';
import { TopArticles } from './TopArticles';

const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={title} sx={{ height: '100%' }}>
    <CardContent>
      <Typography component="h2" variant="h6" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);
const Loading = ({ height = 200 }: { height?: number }) => (
  <Skeleton variant="rectangular" height={height} />
);

interface OverviewPanelsProps {
  summary: Summary;
  series?: Series;
  top?: Top;
  sections?: Breakdown;
  by: 'views' | 'shares';
  onBy: (by: 'views' | 'shares') => void;
  fmt: MetricsFormat;
}

export const OverviewPanels = ({
  summary,
  series,
  top,
  sections,
  by,
  onBy,
  fmt,
}: OverviewPanelsProps) => {
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`nd.dashboard.${k}`, o);
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <SummaryCards summary={summary} fmt={fmt} />
      </Grid>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Panel title={t('chart.title')}>
          {series ? (
            <DailyChart
              days={series.days}
              fmt={fmt}
              names={{ views: t('chart.views'), shares: t('chart.shares'), date: t('chart.date') }}
              summary={t('chart.summary', {
                from: fmt.day(series.period.from),
                to: fmt.day(series.period.to),
              })}
            />
          ) : (
            <Loading height={280} />
          )}
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Panel title={t('networks.title')}>
          <NetworkShares totals={summary.totals} fmt={fmt} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Panel title={t('top.title')}>
          {top ? <TopArticles top={top} by={by} onBy={onBy} fmt={fmt} /> : <Loading />}
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Panel title={t('sections.title')}>
          {sections ? <SectionTotals breakdown={sections} fmt={fmt} /> : <Loading />}
        </Panel>
      </Grid>
    </Grid>
  );
};
