import { Editor } from '@tiptap/core';
import { buildExtensions } from '../../../src/editor/extensions';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs the constructor.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  globalThis.ClipboardEvent = class extends Event {
    clipboardData = null;
  } as unknown as typeof ClipboardEvent;
}

/** The editor with the real Newsdesk schema and paste handling, without React. */
export const headlessEditor = (content = '') =>
  new Editor({
    extensions: buildExtensions({ placeholder: () => '', onLink: () => {}, onImage: () => {} }),
    content,
    enableContentCheck: true,
  });
