import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { Form, useLocale, useNotify, useTranslate, useUpdate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Article } from '../schemas';
import { formatInZone } from '../lib/time';
import { dateLocale } from '../common/timeZone';
import { PublishAtInput } from './PublishAtInput';
import { useNewsroomZone } from './timeZoneSetting';

const STEP = 15 * 60_000;

/** Keyboard-sized moves: 15 minutes earlier or later, without opening the picker. */
const Nudges = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const publishAt = useWatch({ name: 'publishAt' }) as string | null;
  const nudge = (by: number) =>
    publishAt && setValue('publishAt', new Date(Date.parse(publishAt) + by).toISOString(), { shouldDirty: true });
  return (
    <Stack direction="row" spacing={1}>
      <Button onClick={() => nudge(-STEP)}>{translate('nd.schedule.earlier')}</Button>
      <Button onClick={() => nudge(STEP)}>{translate('nd.schedule.later')}</Button>
    </Stack>
  );
};

/** Changes an article's Publish at: a PUT of the whole record with the version it was read at. */
export const RescheduleDialog = ({ article, onClose }: { article: Article; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = dateLocale(useLocale());
  const zone = useNewsroomZone();
  const [update, { isPending }] = useUpdate<Article>();
  const save = (values: Record<string, unknown>) =>
    update(
      'articles',
      { id: article.id, data: { ...article, publishAt: values.publishAt as string }, previousData: article },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved) => {
          notify(translate('nd.schedule.rescheduled', { time: formatInZone(saved.publishAt, locale, zone) }), { type: 'success' });
          onClose();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Dialog open onClose={onClose} aria-labelledby="nd-reschedule-title" fullWidth maxWidth="sm">
      <Form record={{ id: article.id, publishAt: article.publishAt }} onSubmit={save}>
        <DialogTitle id="nd-reschedule-title" dir="auto">
          {translate('nd.schedule.reschedule_title', { title: article.title })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ pt: 1 }}>
            <PublishAtInput source="publishAt" resource="articles" />
            <Nudges />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('nd.schedule.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isPending}>{translate('nd.schedule.save')}</Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
