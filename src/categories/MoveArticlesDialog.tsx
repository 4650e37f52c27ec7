import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Button, useGetList, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import type { Category } from '../schemas';
import { bilingualText } from '../common/uiLocale';
import { useFormatNumber } from '../common/localeFormat';
import { useRefusedDelete } from '../tags/refusedDelete';
import { deleteCategoryMovingArticles } from './deleteCategory';

interface Props {
  category: Category;
  redirect: string | false;
  onClose: () => void;
}

/** "N articles are in X. Move them to: [section]" then delete, as one server request. */
export const MoveArticlesDialog = ({ category, redirect, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const go = useRedirect();
  const onError = useRefusedDelete('categories');
  const formatNumber = useFormatNumber();
  const [target, setTarget] = useState<number | ''>('');
  const [pending, setPending] = useState(false);
  const { data: sections = [] } = useGetList<Category>('categories', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'position', order: 'ASC' },
  });
  const choices = sections.filter((c) => c.id !== category.id);
  const name = bilingualText(category.name);
  const count = { smart_count: category.articleCount, count: formatNumber(category.articleCount) };

  const confirm = async () => {
    if (target === '') return;
    setPending(true);
    try {
      await deleteCategoryMovingArticles(category.id, target);
      notify('resources.categories.delete.moved', {
        type: 'info',
        messageArgs: { ...count, name },
      });
      onClose();
      if (redirect) go(redirect, 'categories');
      refresh();
    } catch (e) {
      onError(e);
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="move-articles-title" fullWidth maxWidth="xs">
      <DialogTitle id="move-articles-title">{translate('resources.categories.delete.title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('resources.categories.delete.has_articles', { ...count, name })}
        </DialogContentText>
        <TextField
          select
          fullWidth
          margin="normal"
          label={translate('resources.categories.delete.move_to')}
          value={target}
          onChange={(e) => setTarget(Number(e.target.value))}
        >
          {choices.map((c) => (
            <MenuItem key={c.id} value={c.id} sx={{ paddingInlineStart: c.parentId === null ? 2 : 4 }}>
              {bilingualText(c.name)}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button
          label="resources.categories.delete.move_and_delete"
          color="error"
          variant="contained"
          disabled={target === '' || pending}
          onClick={confirm}
        />
      </DialogActions>
    </Dialog>
  );
};
