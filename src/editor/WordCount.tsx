import Typography from '@mui/material/Typography';
import type { Editor } from '@tiptap/react';
import { useTranslate } from 'react-admin';
import { useFormatNumber } from '../common/localeFormat';
import { useWordCount } from './useWordCount';
import type { BodyLang } from './creditText';

/** Words and reading time, updated (and politely announced) once typing pauses. */
export const WordCount = ({ editor, lang }: { editor: Editor; lang: BodyLang }) => {
  const translate = useTranslate();
  const { words, minutes } = useWordCount(editor, lang);
  // The interface's digits, as every other count (Arabic-Indic in Arabic).
  const format = useFormatNumber();
  return (
    <Typography
      role="status"
      aria-live="polite"
      aria-label={translate('nd.editor.count.label')}
      variant="caption"
      color="text.secondary"
      sx={{ mt: 0.5 }}
    >
      {translate('nd.editor.count.words', { smart_count: words, count: format(words) })}
      {' · '}
      {translate('nd.editor.count.reading', { smart_count: minutes, count: format(minutes) })}
    </Typography>
  );
};
