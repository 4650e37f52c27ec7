import { useState } from 'react';
import { useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import { ScrollX } from '../common/ScrollX';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PeriodChoice } from '../metrics/api';
import { useMetricsFormat } from '../metrics/format';
import type { Spike } from '../metrics/types';
import { PeriodPicker } from './PeriodPicker';
import { ReviewDialog } from './ReviewDialog';
import { multiples, useSpikes } from './useSpikes';

/** Traffic spikes of the period; moderators and admins mark each one reviewed. */
export const NeedsReview = ({
  period,
  onPeriod,
}: {
  period: PeriodChoice;
  onPeriod: (p: PeriodChoice) => void;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const fmt = useMetricsFormat();
  const [showReviewed, setShowReviewed] = useState(false);
  const [reviewing, setReviewing] = useState<Spike | null>(null);
  const { data, isPending, isError, multiple, setMultiple } = useSpikes(period, showReviewed);
  const { canAccess: canReview } = useCanAccess({ resource: 'metrics', action: 'review' });
  const t = (k: string, o?: object) => translate(`nd.dashboard.review.${k}`, o);
  return (
    <Box>
      <Typography sx={{ mb: 2 }}>{t('intro', { multiple: fmt.num(multiple) })}</Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <PeriodPicker value={period} onChange={onPeriod} />
        <TextField
          select
          size="small"
          label={t('threshold')}
          value={multiple}
          onChange={(e) => setMultiple(Number(e.target.value))}
          sx={{ minWidth: 120 }}
        >
          {multiples.map((m) => (
            <MenuItem key={m} value={m}>
              {t('times', { multiple: fmt.num(m) })}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch checked={showReviewed} onChange={(e) => setShowReviewed(e.target.checked)} />
          }
          label={t('show_reviewed')}
        />
      </Box>
      {isError ? (
        <Alert severity="error">{translate('nd.dashboard.error')}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rectangular" height={240} />
      ) : data.items.length === 0 ? (
        <Typography role="status" sx={{ py: 4, textAlign: 'center' }} color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        <Box>
          <ScrollX label={t('title')}>
            <Table size="small" aria-label={t('title')}>
              <TableHead>
                <TableRow>
                  {['date', 'article', 'views', 'median', 'ratio', 'status'].map((c) => (
                    <TableCell
                      key={c}
                      align={['views', 'median', 'ratio'].includes(c) ? 'right' : undefined}
                    >
                      {t(c)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.items.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.day(s.date)}</TableCell>
                    <TableCell>
                      <Link
                        component={RouterLink}
                        to={createPath({ resource: 'articles', id: s.articleId, type: 'show' })}
                        lang={s.lang}
                        dir="auto"
                      >
                        {s.title}
                      </Link>
                    </TableCell>
                    <TableCell align="right">{fmt.num(s.views)}</TableCell>
                    <TableCell align="right">{fmt.num(s.median)}</TableCell>
                    <TableCell align="right">
                      {t('times', { multiple: fmt.num(s.ratio) })}
                    </TableCell>
                    <TableCell>
                      {s.review ? (
                        <Typography variant="body2" title={s.review.note || undefined}>
                          {t('reviewed_by', {
                            name: s.review.reviewerName ?? '—',
                            at: fmt.instant(s.review.reviewedAt),
                          })}
                          {s.review.note && (
                            <Box
                              component="span"
                              sx={{ display: 'block', color: 'text.secondary' }}
                            >
                              {s.review.note}
                            </Box>
                          )}
                        </Typography>
                      ) : canReview ? (
                        <Button
                          size="small"
                          variant="outlined"
                          onClick={() => setReviewing(s)}
                          aria-label={`${t('mark')}: ${s.title}`}
                        >
                          {t('mark')}
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollX>
          {data.items.length < (showReviewed ? data.total : data.unreviewed) && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('showing', {
                shown: fmt.num(data.items.length),
                total: fmt.num(showReviewed ? data.total : data.unreviewed),
              })}
            </Typography>
          )}
        </Box>
      )}
      {reviewing && (
        <ReviewDialog
          spike={reviewing}
          multiple={multiple}
          fmt={fmt}
          onClose={() => setReviewing(null)}
        />
      )}
    </Box>
  );
};
