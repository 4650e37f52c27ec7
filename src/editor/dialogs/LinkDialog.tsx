import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { EditorDialog } from './EditorDialog';
import { checkLinkInput } from '../safeUrl';

type Props = { editor: Editor; onClose: () => void };
type FormProps = Props & { titleId: string };

/** Rendered only while open, so each opening starts from the link at the selection. */
const LinkForm = ({ editor, onClose, titleId }: FormProps) => {
  const translate = useTranslate();
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);

  const apply = (event: FormEvent) => {
    // The dialog is portalled, but React still bubbles submit to the article form.
    event.preventDefault();
    event.stopPropagation();
    const result = checkLinkInput(value);
    if (!result.ok) {
      setError(translate(`nd.editor.link.errors.${result.reason}`));
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({
        type: 'text',
        text: result.href,
        marks: [{ type: 'link', attrs: { href: result.href } }],
      });
    } else {
      // The caret goes after the link: a selection left on the linked words would be
      // replaced by the next key the writer types.
      chain
        .extendMarkRange('link')
        .setLink({ href: result.href })
        .command(({ tr }) => {
          tr.setSelection(TextSelection.create(tr.doc, tr.selection.to)).setStoredMarks([]);
          return true;
        });
    }
    chain.run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form onSubmit={apply} noValidate>
      <DialogTitle id={titleId}>{translate('nd.editor.link.title')}</DialogTitle>
      <DialogContent>
        <TextField
          // The WAI-ARIA dialog pattern: focus goes to the first field of the dialog.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          fullWidth
          margin="dense"
          type="url"
          label={translate('nd.editor.link.url')}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          error={!!error}
          helperText={error ?? translate('nd.editor.link.helper')}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
      </DialogContent>
      <DialogActions>
        {existing && <Button onClick={remove}>{translate('nd.editor.link.remove')}</Button>}
        <Button onClick={onClose}>{translate('nd.editor.link.cancel')}</Button>
        <Button type="submit" variant="contained">
          {translate('nd.editor.link.apply')}
        </Button>
      </DialogActions>
    </form>
  );
};

export const LinkDialog = ({ open, ...props }: Props & { open: boolean }) => (
  <EditorDialog open={open} onClose={props.onClose}>
    {(titleId) => <LinkForm {...props} titleId={titleId} />}
  </EditorDialog>
);
