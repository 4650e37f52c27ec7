import Typography from '@mui/material/Typography';
import type { Editor } from '@tiptap/react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useWordCount } from './useWordCount';
import type { BodyLang } from './creditText';

/** Words and reading time, updated (and politely announced) once typing pauses. */
export const WordCount = ({ editor, lang }: { editor: Editor; lang: BodyLang }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { words, minutes } = useWordCount(editor, lang);
  // Western digits in both interfaces, grouped the locale's way.
  const format = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).format;
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
