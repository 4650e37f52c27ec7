import { useTranslate } from 'react-admin';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { networks } from '../schemas';
import type { MetricsFormat } from '../metrics/format';
import type { Totals } from '../metrics/types';

/** Shares by network as a labelled list with bars: readable as text, no chart library needed. */
export const NetworkShares = ({ totals, fmt }: { totals: Totals; fmt: MetricsFormat }) => {
  const translate = useTranslate();
  const max = Math.max(1, ...networks.map((n) => totals.byNetwork[n]));
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {networks.map((n) => {
        const value = totals.byNetwork[n];
        const part = totals.shares ? value / totals.shares : 0;
        return (
          <Box component="li" key={n} sx={{ mb: 1.5 }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
              <Typography variant="body2">{translate(`nd.dashboard.networks.${n}`)}</Typography>
              <Typography variant="body2" color="text.secondary">
                {fmt.num(value)} ({fmt.pct(part)})
              </Typography>
            </Box>
            <LinearProgress variant="determinate" value={(value / max) * 100} aria-hidden="true" />
          </Box>
        );
      })}
    </Box>
  );
};
