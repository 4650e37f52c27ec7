import { Extension } from '@tiptap/core';

export type NewsdeskKeysOptions = { onLink: () => void; onImage: () => void };

/** The shortcuts StarterKit lacks: the link and image dialogs, the rule, clear formatting. */
export const NewsdeskKeys = Extension.create<NewsdeskKeysOptions>({
  name: 'newsdeskKeys',
  addOptions: () => ({ onLink: () => undefined, onImage: () => undefined }),
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onLink();
        return true;
      },
      'Mod-Alt-m': () => {
        this.options.onImage();
        return true;
      },
      'Mod-Alt-h': () => this.editor.commands.setHorizontalRule(),
      'Mod-\\': () => this.editor.chain().unsetAllMarks().clearNodes().run(),
    };
  },
});
