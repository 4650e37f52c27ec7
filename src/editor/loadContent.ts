import type { Editor } from '@tiptap/react';
import { schemaTags } from './schemaTags';

// Read by the schema although it never writes them (it writes strong, em, s).
const parsedAliases = ['b', 'i', 'strike', 'del'];

/** The first element of a body the schema does not write (`<table>` rather than its `<td>`). */
const firstForeignElement = (html: string): string | null => {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const foreign = Array.from(body.querySelectorAll('*')).find(
    (el) => ![...schemaTags, ...parsedAliases].includes(el.tagName.toLowerCase()),
  );
  return foreign ? `<${foreign.tagName.toLowerCase()}>` : null;
};

/** What to name in the warning: TipTap's content-check error names the last element it met. */
export const invalidElementOf = (error: Error, html: string): string => {
  const first = firstForeignElement(html);
  if (first) return first;
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
    return error instanceof Error ? invalidElementOf(error, html) : '?';
  }
};
