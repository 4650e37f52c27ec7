import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { readingTime, type ReadingTime } from '../lib/words';
import type { BodyLang } from './creditText';

/**
 * Counting walks the whole document: do it once typing pauses, which also keeps the polite
 * live region from announcing every keystroke. The count is the publish checklist's
 * (src/lib/words.ts), so the two never disagree.
 */
export const useWordCount = (editor: Editor, lang: BodyLang, delay = 750): ReadingTime => {
  const [count, setCount] = useState<ReadingTime>({ words: 0, minutes: 0 });
  useEffect(() => {
    const recount = () => {
      const { doc } = editor.state;
      setCount(readingTime(doc.textBetween(0, doc.content.size, ' ', ' '), lang));
    };
    recount();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Any change of the document, typed or loaded (a loaded body emits no 'update').
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(recount, delay);
    };
    editor.on('transaction', onTransaction);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', onTransaction);
    };
  }, [editor, lang, delay]);
  return count;
};
