import PreviewIcon from '@mui/icons-material/Visibility';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { normalizeArticle } from '../articleFormValues';
import { ArticleView, type ArticleDraft } from './ArticleView';

const titleId = 'article-preview-title';

/** Preview: the unsaved form as the site would show it, without saving. */
export const PreviewButton = () => {
  const translate = useTranslate();
  const { getValues } = useFormContext();
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  return (
    <>
      <Button
        label="resources.articles.actions.preview"
        onClick={() => setDraft(normalizeArticle(getValues()))}
      >
        <PreviewIcon />
      </Button>
      <Dialog
        open={draft !== null}
        onClose={() => setDraft(null)}
        aria-labelledby={titleId}
        fullWidth
        maxWidth="md"
        scroll="paper"
      >
        <DialogTitle id={titleId}>{translate('resources.articles.actions.preview')}</DialogTitle>
        {/* A long article scrolls inside the dialog: focusable, so the keyboard can scroll it. */}
        <DialogContent dividers tabIndex={0} aria-labelledby={titleId}>
          {draft && <ArticleView article={draft} />}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setDraft(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
