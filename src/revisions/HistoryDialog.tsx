import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Confirm, useCanAccess, useGetList, useLocale, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Article, Revision } from '../schemas';
import { formatInZone } from '../lib/time';
import { dateLocale } from '../common/timeZone';
import { useNewsroomZone } from '../schedule/timeZoneSetting';
import { restoreRevision } from './restoreRevision';
import { RevisionChanges } from './RevisionChanges';

/** The revisions of an article, newest first; one chosen is compared with the current version. */
export const HistoryDialog = ({ article, onClose }: { article: Article; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = dateLocale(useLocale());
  const zone = useNewsroomZone();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canRestore } = useCanAccess({ resource: 'articles', action: 'edit' });
  const [selected, setSelected] = useState<Revision | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { data = [], isPending } = useGetList<Revision>('revisions', {
    filter: { articleId: article.id },
    sort: { field: 'version', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const who = (r: Revision) => r.createdByName ?? (r.createdBy === null ? translate('resources.revisions.by_scheduler') : `#${r.createdBy}`);

  const restore = async () => {
    if (!selected) return;
    setConfirming(false);
    try {
      const saved = await restoreRevision(article.id, selected.id, article.version);
      notify(translate('resources.revisions.restored', { version: selected.version, new: saved.version }), { type: 'success' });
      refresh();
      onClose();
    } catch (error) {
      const stale = (error as { status?: number }).status === 409;
      notify(stale ? 'resources.revisions.stale' : (error as Error).message, { type: 'error' });
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="nd-history-title">
      <DialogTitle id="nd-history-title" dir="auto">{translate('resources.revisions.title', { title: article.title })}</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '18rem 1fr' }, gap: 2 }}>
        <List dense aria-label={translate('resources.revisions.name', { smart_count: 2 })}>
          {!isPending && !data.length && <Typography>{translate('resources.revisions.empty')}</Typography>}
          {data.map((r) => (
            <ListItemButton key={r.id} selected={selected?.id === r.id} onClick={() => setSelected(r)}>
              <ListItemText
                primary={`${translate('resources.revisions.version', { version: r.version })}${r.version === article.version ? ` · ${translate('resources.revisions.current')}` : ''}`}
                secondary={`${who(r)} · ${formatInZone(r.createdAt, locale, zone)}`}
              />
            </ListItemButton>
          ))}
        </List>
        <Box>
          {selected ? <RevisionChanges revision={selected} current={article} /> : <Typography>{translate('resources.revisions.select')}</Typography>}
        </Box>
      </DialogContent>
      <DialogActions>
        {canRestore && selected && selected.version !== article.version && (
          <Button variant="contained" onClick={() => setConfirming(true)}>{translate('resources.revisions.restore')}</Button>
        )}
        <Button onClick={onClose}>{translate('resources.revisions.close')}</Button>
      </DialogActions>
      <Confirm
        isOpen={confirming}
        title="resources.revisions.restore"
        content={translate('resources.revisions.restore_confirm', { version: selected?.version ?? '' })}
        onConfirm={() => void restore()}
        onClose={() => setConfirming(false)}
      />
    </Dialog>
  );
};
