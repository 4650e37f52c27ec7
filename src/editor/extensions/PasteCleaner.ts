import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from '../paste/cleanPastedHtml';

/** Word and Google Docs clipboard HTML, reduced to the schema's structure before parsing. */
export const PasteCleaner = Extension.create({
  name: 'pasteCleaner',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: { transformPastedHTML: cleanPastedHtml },
      }),
    ];
  },
});
