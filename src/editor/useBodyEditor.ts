import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildExtensions } from './extensions';
import { invalidElementOf } from './loadContent';
import type { DialogKind } from './toolbar/toolbarItems';

type Options = {
  initialHtml: string;
  attributes: Record<string, string>;
  placeholder: string;
  onOpen: (dialog: DialogKind) => void;
  onEdit: () => void;
  onBlur: () => void;
};

/**
 * The TipTap editor with the Newsdesk schema. React is not re-rendered per transaction
 * (toolbar and counts subscribe to what they show), and callbacks go through a ref because
 * useEditor registers them once.
 */
export const useBodyEditor = (
  options: Options,
): {
  editor: Editor;
  contentError: string | null;
  setContentError: (element: string | null) => void;
} => {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const initialError = useRef<string | null>(null);
  const [initialHtml] = useState(options.initialHtml);

  const extensions = useMemo(
    () =>
      buildExtensions({
        placeholder: () => latest.current.placeholder,
        onLink: () => latest.current.onOpen('link'),
        onImage: () => latest.current.onOpen('image'),
      }),
    [],
  );
  const { attributes } = options;
  const editorProps = useMemo(() => ({ attributes }), [attributes]);

  const editor = useEditor({
    extensions,
    content: initialHtml,
    editorProps,
    enableContentCheck: true,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    // Runs while the editor is built (during render): keep it, publish it after.
    onContentError: ({ error }) => {
      initialError.current = invalidElementOf(error, initialHtml);
    },
    onUpdate: () => latest.current.onEdit(),
    onBlur: () => latest.current.onBlur(),
  });

  const [contentError, setContentError] = useState<string | null>(null);
  useEffect(() => {
    if (initialError.current) setContentError(initialError.current);
  }, [editor]);
  return { editor, contentError, setContentError };
};
