import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countWords } from './wordCount';

/**
 * Counting walks the whole document: do it once typing pauses, which also keeps the polite
 * live region from announcing every keystroke.
 */
export const useWordCount = (editor: Editor | null, delay = 750): number => {
  const [words, setWords] = useState(0);
  useEffect(() => {
    if (!editor) return;
    const count = () => {
      const { doc } = editor.state;
      setWords(countWords(doc.textBetween(0, doc.content.size, ' ', ' ')));
    };
    count();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Any change of the document, typed or loaded (a loaded body emits no 'update').
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(count, delay);
    };
    editor.on('transaction', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', onUpdate);
    };
  }, [editor, delay]);
  return words;
};
