import { useLocale } from 'react-admin';
import { dateLocale, useNewsroomZone } from '../common/timeZone';
import { formatInZone } from '../lib/time';
import { numberFormat } from '../lib/numbers';

/**
 * Figures and dates in the UI locale ('en' or 'ar-IQ', Arabic-Indic digits). Metric days are
 * calendar dates (the rows' `date`), so they are formatted in UTC and never shift; instants
 * (publish times) are shown in the newsroom zone, the browser's setting.
 */
export const useMetricsFormat = () => {
  const ui = useLocale();
  const locale = dateLocale(ui);
  const zone = useNewsroomZone();
  const number = numberFormat(ui);
  const percent = numberFormat(ui, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const shortDay = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  });
  const at = (key: string) => new Date(`${key}T00:00:00Z`);
  return {
    locale,
    rtl: ui === 'ar',
    zone,
    num: (n: number) => number.format(n),
    pct: (x: number) => percent.format(x),
    day: (key: string) => day.format(at(key)),
    shortDay: (key: string) => shortDay.format(at(key)),
    instant: (iso: string | null) => formatInZone(iso, locale, zone, { showZone: false }),
  };
};
export type MetricsFormat = ReturnType<typeof useMetricsFormat>;
