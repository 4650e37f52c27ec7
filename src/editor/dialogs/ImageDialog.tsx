import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import { EditorDialog } from './EditorDialog';
import type { PhotoCredit } from '../../schemas/photoCredit';
import { creditText, type BodyLang } from '../creditText';
import type { FigureAttributes } from '../extensions/Figure';
import { isSafeImageSrc } from '../safeUrl';
import { PhotoCreditPicker } from './PhotoCreditPicker';

type Props = { editor: Editor; lang: BodyLang; onClose: () => void };

/** Opened on a selected figure, it edits that figure; otherwise it inserts a new one. */
const ImageForm = ({ editor, lang, onClose, titleId }: Props & { titleId: string }) => {
  const translate = useTranslate();
  const current = editor.isActive('figure')
    ? (editor.getAttributes('figure') as FigureAttributes)
    : null;
  const [src, setSrc] = useState(current?.src ?? '');
  const [alt, setAlt] = useState(current?.alt ?? '');
  const [caption, setCaption] = useState(current?.caption ?? '');
  // undefined: not chosen in this dialog yet, so the figure's own credit stands.
  const [chosen, setChosen] = useState<PhotoCredit | null | undefined>(undefined);
  const [errors, setErrors] = useState<{ src?: string; alt?: string }>({});
  const { data: stored } = useGetOne<PhotoCredit>(
    'photo-credits',
    { id: current?.creditId ?? 0 },
    { enabled: current?.creditId != null },
  );
  const credit = chosen === undefined ? (stored ?? null) : chosen;

  const insert = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const next = {
      src: isSafeImageSrc(src.trim()) ? undefined : translate('nd.editor.image.errors.url'),
      alt: alt.trim() ? undefined : translate('nd.editor.image.errors.alt'),
    };
    setErrors(next);
    if (next.src || next.alt) return;
    const keepOld = chosen === undefined && !stored && current;
    editor
      .chain()
      .focus()
      .setFigure({
        src: src.trim(),
        alt: alt.trim(),
        caption: caption.trim(),
        credit: keepOld ? current.credit : credit ? creditText(lang, credit) : '',
        creditId: keepOld ? current.creditId : (credit?.id ?? null),
      })
      .command(({ tr }) => {
        // A new figure stays selected after insertContent; the next key would replace it.
        // Put the caret in the paragraph after it (a new one at the end of the story).
        if (current || !(tr.selection instanceof NodeSelection)) return true;
        const after = tr.selection.to;
        if (!tr.doc.resolve(after).nodeAfter?.isTextblock) {
          tr.insert(after, tr.doc.type.schema.nodes.paragraph.create());
        }
        tr.setSelection(TextSelection.create(tr.doc, after + 1));
        return true;
      })
      .run();
    onClose();
  };

  const field = { fullWidth: true, margin: 'dense' as const };
  return (
    <form onSubmit={insert} noValidate>
      <DialogTitle id={titleId}>{translate('nd.editor.image.title')}</DialogTitle>
      <DialogContent>
        <TextField
          {...field}
          // The WAI-ARIA dialog pattern: focus goes to the first field of the dialog.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          required
          type="url"
          label={translate('nd.editor.image.url')}
          value={src}
          onChange={(e) => setSrc(e.target.value)}
          error={!!errors.src}
          helperText={errors.src}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <TextField
          {...field}
          required
          label={translate('nd.editor.image.alt')}
          value={alt}
          onChange={(e) => setAlt(e.target.value)}
          error={!!errors.alt}
          helperText={errors.alt ?? translate('nd.editor.image.altHelper')}
        />
        <TextField
          {...field}
          label={translate('nd.editor.image.caption')}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
        <PhotoCreditPicker value={credit} onChange={setChosen} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('nd.editor.image.cancel')}</Button>
        <Button type="submit" variant="contained">
          {translate('nd.editor.image.insert')}
        </Button>
      </DialogActions>
    </form>
  );
};

export const ImageDialog = ({ open, ...props }: Props & { open: boolean }) => (
  <EditorDialog open={open} onClose={props.onClose}>
    {(titleId) => <ImageForm {...props} titleId={titleId} />}
  </EditorDialog>
);
