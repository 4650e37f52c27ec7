import { useTranslate } from 'react-admin';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import Grid from '@mui/material/Grid';
import type { MetricsFormat } from '../metrics/format';
import type { Summary } from '../metrics/types';

/** "Up 12.5% on the previous period", or the honest alternatives when there is nothing to compare. */
export const changeText = (
  now: number,
  before: number,
  fmt: MetricsFormat,
  translate: (k: string, o?: object) => string,
) => {
  if (before === 0)
    return translate(now === 0 ? 'nd.dashboard.cards.same' : 'nd.dashboard.cards.new');
  const change = (now - before) / before;
  if (Math.abs(change) < 0.0005) return translate('nd.dashboard.cards.same');
  return translate(change > 0 ? 'nd.dashboard.cards.up' : 'nd.dashboard.cards.down', {
    pct: fmt.pct(Math.abs(change)),
  });
};

const Figure = ({
  label,
  now,
  before,
  fmt,
}: {
  label: string;
  now?: number;
  before?: number;
  fmt: MetricsFormat;
}) => {
  const translate = useTranslate();
  const up = now !== undefined && before !== undefined && now >= before;
  return (
    <Card variant="outlined" sx={{ height: '100%' }} role="group" aria-label={label}>
      <CardContent>
        <Typography component="h3" variant="subtitle2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p">
          {now === undefined ? <Skeleton width={120} /> : fmt.num(now)}
        </Typography>
        <Typography variant="body2" color={up ? 'success.main' : 'error.main'}>
          {now === undefined || before === undefined ? (
            <Skeleton width={180} />
          ) : (
            changeText(now, before, fmt, translate)
          )}
        </Typography>
      </CardContent>
    </Card>
  );
};

export const SummaryCards = ({ summary, fmt }: { summary?: Summary; fmt: MetricsFormat }) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <Figure
          label={translate('nd.dashboard.cards.views')}
          now={summary?.totals.views}
          before={summary?.previous.views}
          fmt={fmt}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <Figure
          label={translate('nd.dashboard.cards.shares')}
          now={summary?.totals.shares}
          before={summary?.previous.shares}
          fmt={fmt}
        />
      </Grid>
    </Grid>
  );
};
