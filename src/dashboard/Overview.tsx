import { useTranslate, useStore, useCanAccess, downloadCSV } from 'react-admin';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import DownloadIcon from '@mui/icons-material/Download';
import { filterParam, periodParams, useMetrics, type PeriodChoice } from '../metrics/api';
import { useMetricsFormat } from '../metrics/format';
import type { Breakdown, Series, Summary, Top } from '../metrics/types';
import { PeriodToolbar } from './PeriodToolbar';
import { OverviewPanels } from './OverviewPanels';
import { EmptyState } from './EmptyState';
import { dashboardCsv } from './exportCsv';
import { sectionName } from './SectionTotals';

/** The audience overview: one request per block, all for the same period and filter. */
export const Overview = ({
  period,
  onPeriod,
}: {
  period: PeriodChoice;
  onPeriod: (p: PeriodChoice) => void;
}) => {
  const translate = useTranslate();
  const fmt = useMetricsFormat();
  const [lang, setLang] = useStore<string>('nd.dashboard.lang', '');
  const [by, setBy] = useStore<'views' | 'shares'>('nd.dashboard.topBy', 'views');
  const { canAccess: canExport } = useCanAccess({ resource: 'metrics', action: 'export' });
  const params = { ...periodParams(period), filter: filterParam({ lang }) };
  const summary = useMetrics<Summary>('summary', params);
  const series = useMetrics<Series>('series', params);
  const top = useMetrics<Top>('top', { ...params, by, limit: 10 });
  const sections = useMetrics<Breakdown>('breakdown', { ...params, by: 'section' });
  const all = [summary, series, top, sections];
  const none = translate('nd.dashboard.sections.none');
  const exportCsv = () => {
    if (!summary.data || !series.data || !top.data || !sections.data) return;
    const csv = dashboardCsv({
      summary: summary.data,
      series: series.data,
      top: top.data,
      sections: sections.data,
      label: (k) => translate(`nd.dashboard.${k}`),
      sectionLabel: (s) => sectionName(s, fmt.rtl, none),
      topSectionLabel: (a) => sectionName({ name: a.sectionName }, fmt.rtl, none),
    });
    downloadCSV(csv, `newsdesk-metrics-${summary.data.period.from}-${summary.data.period.to}`);
  };
  const empty = summary.data && summary.data.totals.views === 0 && summary.data.totals.shares === 0;
  return (
    <Box>
      <PeriodToolbar
        period={period}
        onPeriod={onPeriod}
        lang={lang}
        onLang={setLang}
        summary={summary.data}
        fmt={fmt}
      >
        {canExport && (
          <Button
            startIcon={<DownloadIcon />}
            onClick={exportCsv}
            disabled={all.some((q) => !q.data) || Boolean(empty)}
          >
            {translate('nd.dashboard.export')}
          </Button>
        )}
      </PeriodToolbar>
      <Box sx={{ height: 4, my: 1 }}>
        {all.some((q) => q.isFetching) && (
          <LinearProgress aria-label={translate('ra.page.loading')} />
        )}
      </Box>
      {all.some((q) => q.isError) ? (
        <Alert severity="error">{translate('nd.dashboard.error')}</Alert>
      ) : !summary.data ? (
        <Skeleton variant="rectangular" height={360} />
      ) : empty ? (
        <EmptyState />
      ) : (
        <OverviewPanels
          summary={summary.data}
          series={series.data}
          top={top.data}
          sections={sections.data}
          by={by}
          onBy={setBy}
          fmt={fmt}
        />
      )}
    </Box>
  );
};
