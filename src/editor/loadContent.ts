import type { Editor } from '@tiptap/react';

/** The element the schema could not hold, from TipTap's content-check error. */
export const invalidElementOf = (error: Error): string => {
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  return /<([a-z][\w:-]*)/i.exec(cause)?.[0].concat('>') ?? '?';
};

/**
 * Replace the document with a body from outside (record loaded, revision restored), without
 * marking the form dirty. Returns the element the schema could not hold, if any: the editor
 * then shows what it could keep and the caller leaves the form value (the original) alone.
 */
export const loadContent = (editor: Editor, html: string): string | null => {
  try {
    editor.commands.setContent(html, { emitUpdate: false, errorOnInvalidContent: true });
    return null;
  } catch (error) {
    editor.commands.setContent(html, { emitUpdate: false, errorOnInvalidContent: false });
    return error instanceof Error ? invalidElementOf(error) : '?';
  }
};
