import { useTranslate } from 'react-admin';
import Table from '@mui/material/Table';
import { ScrollX } from '../common/ScrollX';
import { pickLanguage } from '../common/BilingualField';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { MetricsFormat } from '../metrics/format';
import type { Breakdown, BreakdownItem } from '../metrics/types';

/** A bilingual section name in the UI language, else the other one, else "No section". */
export const sectionName = (item: Pick<BreakdownItem, 'name'>, rtl: boolean, none: string) =>
  (item.name && typeof item.name === 'object'
    ? pickLanguage(item.name, rtl ? 'ar' : 'en').text
    : '') || none;

/** Views and shares per top-level section, with each section's part of all views. */
export const SectionTotals = ({ breakdown, fmt }: { breakdown: Breakdown; fmt: MetricsFormat }) => {
  const translate = useTranslate();
  const t = (k: string) => translate(`nd.dashboard.sections.${k}`);
  const all = breakdown.items.reduce((n, s) => n + s.views, 0) || 1;
  return (
    <ScrollX label={t('title')}>
      <Table size="small" aria-label={t('title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('section')}</TableCell>
            <TableCell align="right">{t('views')}</TableCell>
            <TableCell align="right">{t('part')}</TableCell>
            <TableCell align="right">{t('shares')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {breakdown.items.map((s) => (
            <TableRow key={String(s.key)}>
              <TableCell>{sectionName(s, fmt.rtl, t('none'))}</TableCell>
              <TableCell align="right">{fmt.num(s.views)}</TableCell>
              <TableCell align="right">{fmt.pct(s.views / all)}</TableCell>
              <TableCell align="right">{fmt.num(s.shares)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollX>
  );
};
