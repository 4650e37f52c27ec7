import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import { Button, useGetList, useTranslate } from 'react-admin';
import type { Article, Tag } from '../schemas';

interface Props {
  tags: Tag[];
  pending: boolean;
  onConfirm: (keepId: number, mergeIds: number[]) => void;
  onClose: () => void;
}

/**
 * Pick the tag to keep among the selected ones; the count of articles that change comes from
 * the server (articles carrying any of the others), since one article may carry several.
 */
export const MergeTagsDialog = ({ tags, pending, onConfirm, onClose }: Props) => {
  const translate = useTranslate();
  const mostUsed = [...tags].sort((a, b) => b.articleCount - a.articleCount)[0];
  const [keepId, setKeepId] = useState(mostUsed.id);
  const mergeIds = tags.filter((t) => t.id !== keepId).map((t) => t.id);
  const { total, isPending } = useGetList<Article>('articles', {
    filter: { tagIds: mergeIds },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  const kept = tags.find((t) => t.id === keepId)!;
  return (
    <Dialog open onClose={onClose} aria-labelledby="merge-tags-title" fullWidth maxWidth="xs">
      <DialogTitle id="merge-tags-title">{translate('resources.tags.merge.title', { smart_count: tags.length })}</DialogTitle>
      <DialogContent>
        <FormLabel id="merge-keep">{translate('resources.tags.merge.keep')}</FormLabel>
        <RadioGroup aria-labelledby="merge-keep" value={keepId} onChange={(e) => setKeepId(Number(e.target.value))}>
          {tags.map((t) => (
            <FormControlLabel
              key={t.id}
              value={t.id}
              control={<Radio />}
              label={translate('resources.tags.merge.option', { name: t.name, smart_count: t.articleCount })}
            />
          ))}
        </RadioGroup>
        <DialogContentText role="status" sx={{ mt: 2 }}>
          {isPending || total === undefined
            ? translate('ra.page.loading')
            : translate('resources.tags.merge.summary', {
                smart_count: total,
                name: kept.name,
                others: tags.filter((t) => t.id !== keepId).map((t) => t.name).join(translate('resources.tags.merge.and')),
              })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button
          label="resources.tags.merge.confirm"
          variant="contained"
          disabled={pending || isPending}
          onClick={() => onConfirm(keepId, mergeIds)}
        />
      </DialogActions>
    </Dialog>
  );
};
