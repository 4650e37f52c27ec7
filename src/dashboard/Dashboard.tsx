import { Title, useGetIdentity, useStore, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { PeriodChoice } from '../metrics/api';
import { useMetricsFormat } from '../metrics/format';
import { NeedsReview } from './NeedsReview';
import { Overview } from './Overview';
import { useSpikes } from './useSpikes';

/**
 * The landing page for every role: the audience overview and the "Needs review" list of
 * traffic spikes (`?tab=review`), sharing one period.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'review' ? 'review' : 'overview';
  const [period, setPeriod] = useStore<PeriodChoice>('nd.dashboard.period', { preset: '7d' });
  const { data: spikes } = useSpikes(period);
  const fmt = useMetricsFormat();
  const t = (k: string, o?: object) => translate(`nd.dashboard.${k}`, o);
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="nd.dashboard.title" />
      <Typography component="h1" variant="h5" gutterBottom>
        {identity ? t('welcome', { name: identity.fullName }) : t('title')}
      </Typography>
      <Tabs
        value={tab}
        onChange={(_, next: string) => setParams(next === 'review' ? { tab: 'review' } : {})}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab
          value="overview"
          label={t('tabs.overview')}
          id="tab-overview"
          aria-controls="panel-overview"
        />
        <Tab
          value="review"
          label={
            spikes?.unreviewed
              ? t('tabs.review_count', { count: fmt.num(spikes.unreviewed) })
              : t('tabs.review')
          }
          id="tab-review"
          aria-controls="panel-review"
        />
      </Tabs>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'overview' ? (
          <Overview period={period} onPeriod={setPeriod} />
        ) : (
          <NeedsReview period={period} onPeriod={setPeriod} />
        )}
      </div>
    </Box>
  );
};
