import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';

/** The editor keeps an empty paragraph after a final list or figure so the caret can get
 * there; it is not part of the story. */
const bodyHtml = (editor: Editor) => editor.getHTML().replace(/(<p><\/p>)+$/, '');

/**
 * Serialising a 10,000-word body on every keystroke makes typing lag, so the form value
 * follows the editor with a debounce: the first change after a pause commits at once (the
 * form turns dirty immediately), the rest of a burst commits when typing pauses. Blur, form
 * submit and unmount flush, so the latest text is always what gets saved.
 */
export const useBodyCommit = (
  editor: Editor | null,
  value: string,
  onChange: (html: string) => void,
  delay: number,
) => {
  const committed = useRef(value);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastFlush = useRef(0);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!pending.current || !editor || editor.isDestroyed) return;
    pending.current = false;
    lastFlush.current = Date.now();
    const html = editor.isEmpty ? '' : bodyHtml(editor);
    if (html === committed.current) return;
    committed.current = html;
    onChangeRef.current(html);
  }, [editor]);

  const schedule = useCallback(() => {
    pending.current = true;
    if (!timer.current && Date.now() - lastFlush.current > delay) return flush();
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  }, [delay, flush]);

  // Submitting reads the form values synchronously: commit first. A capture listener on the
  // <form> runs before react-hook-form's handler, which React attaches at the root.
  // TipTap 3 throws on `view` before EditorContent has mounted it (StrictMode remounts it too),
  // so attach now if the view is there and again on every 'mount'.
  useEffect(() => {
    if (!editor) return;
    let form: HTMLFormElement | null = null;
    const attach = () => {
      form?.removeEventListener('submit', flush, true);
      let dom: HTMLElement | null = null;
      try {
        dom = editor.isDestroyed ? null : editor.view.dom;
      } catch {
        dom = null;
      }
      form = dom?.closest('form') ?? null;
      form?.addEventListener('submit', flush, true);
    };
    attach();
    editor.on('mount', attach);
    return () => {
      editor.off('mount', attach);
      form?.removeEventListener('submit', flush, true);
    };
  }, [editor, flush]);

  useEffect(() => flush, [flush]);

  return { schedule, flush, committed };
};
