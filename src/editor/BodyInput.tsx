import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import { EditorContent } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { editorArea } from './editorArea';
import type { BodyLang } from './creditText';
import { ImageDialog } from './dialogs/ImageDialog';
import { LinkDialog } from './dialogs/LinkDialog';
import { loadContent } from './loadContent';
import { EditorToolbar } from './toolbar/EditorToolbar';
import type { DialogKind } from './toolbar/toolbarItems';
import type { BodyInputProps } from './types';
import { useBodyCommit } from './useBodyCommit';
import { useBodyEditor } from './useBodyEditor';
import { WordCount } from './WordCount';

/** The article body: a TipTap editor as a react-admin input holding HTML. */
export const BodyInput = (props: BodyInputProps) => {
  const {
    source = 'body',
    label,
    helperText,
    validate,
    commitDelay = 300,
    readOnly = false,
  } = props;
  const translate = useTranslate();
  const resource = useResourceContext(props);
  const { field, fieldState, id, isRequired } = useInput({ source, validate, readOnly });
  const formLang = useWatch({ name: 'lang' }) as unknown;
  const lang: BodyLang = props.lang ?? (formLang === 'ar' ? 'ar' : 'en');
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const value = typeof field.value === 'string' ? field.value : '';

  const labelId = `${id}-label`;
  const helperId = `${id}-helper-text`;
  const invalid = fieldState.invalid;
  const placeholder = translate('nd.editor.placeholder');
  const attributes = useMemo(
    () => ({
      id,
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelId,
      'aria-describedby': helperId,
      'aria-invalid': String(invalid),
      'aria-readonly': String(readOnly),
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      lang,
      'aria-placeholder': placeholder,
    }),
    [id, labelId, helperId, invalid, readOnly, lang, placeholder],
  );

  const { editor, contentError, setContentError } = useBodyEditor({
    initialHtml: value,
    attributes,
    placeholder,
    onOpen: setDialog,
    onEdit: () => bodyCommit.schedule(),
    onBlur: () => {
      bodyCommit.flush();
      field.onBlur();
    },
  });
  const bodyCommit = useBodyCommit(editor, value, field.onChange, commitDelay);

  useEffect(() => {
    // Without an update event: switching to read-only is not an edit.
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // A body set from outside (record loaded, form reset, revision restored) replaces the text.
  useEffect(() => {
    if (value === bodyCommit.committed.current) return;
    bodyCommit.committed.current = value;
    setContentError(loadContent(editor, value));
  }, [editor, value, bodyCommit.committed, setContentError]);

  // Back to the text at the caret, whether the dialog applied, was cancelled or escaped:
  // never to the toolbar button, so the writer goes on typing where they were.
  const closeDialog = () => {
    setDialog(null);
    editor.commands.focus();
  };
  return (
    <FormControl fullWidth margin="dense" error={invalid} className={`ra-input ra-input-${source}`}>
      <FormLabel id={labelId} htmlFor={id} sx={{ mb: 0.5 }}>
        <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
      </FormLabel>
      {contentError && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('nd.editor.contentError', { element: contentError })}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ borderColor: invalid ? 'error.main' : undefined }}>
        {!readOnly && <EditorToolbar editor={editor} controls={id} onOpen={setDialog} />}
        <Box sx={editorArea}>
          <EditorContent editor={editor} />
        </Box>
      </Paper>
      <WordCount editor={editor} lang={lang} />
      <FormHelperText id={helperId}>
        <InputHelperText error={fieldState.error?.message} helperText={helperText} />
      </FormHelperText>
      <LinkDialog open={dialog === 'link'} editor={editor} onClose={closeDialog} />
      <ImageDialog open={dialog === 'image'} editor={editor} lang={lang} onClose={closeDialog} />
    </FormControl>
  );
};
