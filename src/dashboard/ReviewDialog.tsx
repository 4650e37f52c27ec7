import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { postMetrics } from '../metrics/api';
import type { MetricsFormat } from '../metrics/format';
import type { Spike } from '../metrics/types';

/** Marks one spike reviewed, with an optional note; the server records who and when. */
export const ReviewDialog = ({
  spike,
  multiple,
  fmt,
  onClose,
}: {
  spike: Spike;
  multiple: number;
  fmt: MetricsFormat;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const t = (k: string, o?: object) => translate(`nd.dashboard.review.${k}`, o);
  const submit = async () => {
    setSaving(true);
    try {
      await postMetrics(`spikes/${spike.articleId}/${spike.date}/review`, { note, multiple });
      notify(t('done'), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['metrics', 'spikes'] });
      onClose();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
      setSaving(false);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="review-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="review-dialog-title">{t('dialog_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {t('dialog_text', {
            title: spike.title,
            views: fmt.num(spike.views),
            date: fmt.day(spike.date),
          })}
        </DialogContentText>
        <TextField
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          label={t('note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={saving}>
          {t('confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
