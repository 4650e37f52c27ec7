import { useTranslate, useCreatePath } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import { ScrollX } from '../common/ScrollX';
import { sectionName } from './SectionTotals';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Box from '@mui/material/Box';
import type { MetricsFormat } from '../metrics/format';
import type { Top } from '../metrics/types';
import { Sparkline } from './Sparkline';

interface TopArticlesProps {
  top: Top;
  by: 'views' | 'shares';
  onBy: (by: 'views' | 'shares') => void;
  fmt: MetricsFormat;
}

/** The most read (or shared) articles of the period, each title opening the article. */
export const TopArticles = ({ top, by, onBy, fmt }: TopArticlesProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const t = (k: string, o?: object) => translate(`nd.dashboard.top.${k}`, o);
  return (
    <>
      <Box sx={{ mb: 1 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={by}
          onChange={(_, v: 'views' | 'shares' | null) => v && onBy(v)}
          aria-label={t('title')}
        >
          <ToggleButton value="views">{t('by_views')}</ToggleButton>
          <ToggleButton value="shares">{t('by_shares')}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <ScrollX label={t('title')}>
        <Table size="small" aria-label={t('title')}>
          <TableHead>
            <TableRow>
              {[
                'rank',
                'article',
                'section',
                'author',
                'language',
                'published',
                'views',
                'shares',
                'trend',
              ].map((c) => (
                <TableCell key={c} align={c === 'views' || c === 'shares' ? 'right' : undefined}>
                  {t(c)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {top.items.map((a, i) => (
              <TableRow key={a.articleId} hover>
                <TableCell>{fmt.num(i + 1)}</TableCell>
                <TableCell sx={{ maxWidth: 360 }}>
                  <Link
                    component={RouterLink}
                    to={createPath({ resource: 'articles', id: a.articleId, type: 'show' })}
                    lang={a.lang}
                    dir="auto"
                  >
                    {a.title}
                  </Link>
                </TableCell>
                <TableCell>
                  {sectionName(
                    { name: a.sectionName },
                    fmt.rtl,
                    translate('nd.dashboard.sections.none'),
                  )}
                </TableCell>
                <TableCell>{a.authorName ?? '—'}</TableCell>
                <TableCell>{translate(`nd.dashboard.languages.${a.lang}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.instant(a.publishedAt)}</TableCell>
                <TableCell align="right">{fmt.num(a.views)}</TableCell>
                <TableCell align="right">{fmt.num(a.shares)}</TableCell>
                <TableCell>
                  <Sparkline
                    values={a.trend}
                    rtl={fmt.rtl}
                    label={t('trend_label', {
                      measure: t(by),
                      first: fmt.num(a.trend[0] ?? 0),
                      last: fmt.num(a.trend[a.trend.length - 1] ?? 0),
                      max: fmt.num(Math.max(0, ...a.trend)),
                    })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollX>
    </>
  );
};
