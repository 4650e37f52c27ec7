import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PeriodChoice } from '../metrics/api';
import type { MetricsFormat } from '../metrics/format';
import type { Summary } from '../metrics/types';
import { PeriodPicker } from './PeriodPicker';

interface PeriodToolbarProps {
  period: PeriodChoice;
  onPeriod: (p: PeriodChoice) => void;
  lang: string;
  onLang: (lang: string) => void;
  summary?: Summary;
  fmt: MetricsFormat;
  children?: ReactNode;
}

/** Period, language filter and actions; below them, the dates shown and those compared with. */
export const PeriodToolbar = ({
  period,
  onPeriod,
  lang,
  onLang,
  summary,
  fmt,
  children,
}: PeriodToolbarProps) => {
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`nd.dashboard.${k}`, o);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <PeriodPicker value={period} onChange={onPeriod} />
        <TextField
          select
          size="small"
          label={t('filters.language')}
          value={lang}
          onChange={(e) => onLang(e.target.value)}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t('filters.all_languages')}</MenuItem>
          <MenuItem value="en">{t('languages.en')}</MenuItem>
          <MenuItem value="ar">{t('languages.ar')}</MenuItem>
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        {children}
      </Box>
      {summary && (
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          <strong>
            {t('period.shown', {
              from: fmt.day(summary.period.from),
              to: fmt.day(summary.period.to),
            })}
          </strong>{' '}
          {t('period.compared', {
            from: fmt.day(summary.previousPeriod.from),
            to: fmt.day(summary.previousPeriod.to),
          })}
          {' · '}
          {t('period.days_note', { zone: fmt.zone })}
        </Typography>
      )}
    </Box>
  );
};
