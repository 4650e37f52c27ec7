import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import FormatBold from '@mui/icons-material/FormatBold';
import FormatClear from '@mui/icons-material/FormatClear';
import FormatItalic from '@mui/icons-material/FormatItalic';
import FormatListBulleted from '@mui/icons-material/FormatListBulleted';
import FormatListNumbered from '@mui/icons-material/FormatListNumbered';
import FormatQuote from '@mui/icons-material/FormatQuote';
import FormatUnderlined from '@mui/icons-material/FormatUnderlined';
import HorizontalRule from '@mui/icons-material/HorizontalRule';
import Image from '@mui/icons-material/Image';
import InsertLink from '@mui/icons-material/InsertLink';
import Redo from '@mui/icons-material/Redo';
import StrikethroughS from '@mui/icons-material/StrikethroughS';
import Undo from '@mui/icons-material/Undo';
import type { editorEn } from '../../i18n/sections/editor.en';

export type DialogKind = 'link' | 'image';
export type ToolbarKey = Exclude<keyof typeof editorEn.toolbar, 'label' | 'tooltip'>;

export type ToolbarItem = {
  key: ToolbarKey;
  icon: ReactNode;
  /** ProseMirror key names; the same keys the extensions bind. */
  shortcut: string;
  run: (editor: Editor, open: (dialog: DialogKind) => void) => void;
  /** A toggle: shown pressed (aria-pressed) while active at the selection. */
  isActive?: (editor: Editor) => boolean;
  canRun?: (editor: Editor) => boolean;
};

const text = (label: string) => (
  <span style={{ fontWeight: 700, fontSize: '0.9rem', width: 24 }}>{label}</span>
);

/** Grouped as the toolbar shows them, a divider between groups. */
export const toolbarGroups: ToolbarItem[][] = [
  [
    {
      key: 'heading2',
      icon: text('H2'),
      shortcut: 'Mod-Alt-2',
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      isActive: (e) => e.isActive('heading', { level: 2 }),
    },
    {
      key: 'heading3',
      icon: text('H3'),
      shortcut: 'Mod-Alt-3',
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
      isActive: (e) => e.isActive('heading', { level: 3 }),
    },
  ],
  [
    {
      key: 'bold',
      icon: <FormatBold />,
      shortcut: 'Mod-b',
      run: (e) => e.chain().focus().toggleBold().run(),
      isActive: (e) => e.isActive('bold'),
    },
    {
      key: 'italic',
      icon: <FormatItalic />,
      shortcut: 'Mod-i',
      run: (e) => e.chain().focus().toggleItalic().run(),
      isActive: (e) => e.isActive('italic'),
    },
    {
      key: 'underline',
      icon: <FormatUnderlined />,
      shortcut: 'Mod-u',
      run: (e) => e.chain().focus().toggleUnderline().run(),
      isActive: (e) => e.isActive('underline'),
    },
    {
      key: 'strike',
      icon: <StrikethroughS />,
      shortcut: 'Mod-Shift-s',
      run: (e) => e.chain().focus().toggleStrike().run(),
      isActive: (e) => e.isActive('strike'),
    },
    {
      key: 'link',
      icon: <InsertLink />,
      shortcut: 'Mod-k',
      run: (_e, open) => open('link'),
      isActive: (e) => e.isActive('link'),
    },
  ],
  [
    {
      key: 'bulletList',
      icon: <FormatListBulleted />,
      shortcut: 'Mod-Shift-8',
      run: (e) => e.chain().focus().toggleBulletList().run(),
      isActive: (e) => e.isActive('bulletList'),
    },
    {
      key: 'orderedList',
      icon: <FormatListNumbered />,
      shortcut: 'Mod-Shift-7',
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      isActive: (e) => e.isActive('orderedList'),
    },
    {
      key: 'blockquote',
      icon: <FormatQuote />,
      shortcut: 'Mod-Shift-b',
      run: (e) => e.chain().focus().toggleBlockquote().run(),
      isActive: (e) => e.isActive('blockquote'),
    },
    {
      key: 'horizontalRule',
      icon: <HorizontalRule />,
      shortcut: 'Mod-Alt-h',
      run: (e) => e.chain().focus().setHorizontalRule().run(),
    },
    {
      key: 'image',
      icon: <Image />,
      shortcut: 'Mod-Alt-m',
      run: (_e, open) => open('image'),
      isActive: (e) => e.isActive('figure'),
    },
  ],
  [
    {
      key: 'undo',
      icon: <Undo />,
      shortcut: 'Mod-z',
      run: (e) => e.chain().focus().undo().run(),
      canRun: (e) => e.can().undo(),
    },
    {
      key: 'redo',
      icon: <Redo />,
      shortcut: 'Mod-Shift-z',
      run: (e) => e.chain().focus().redo().run(),
      canRun: (e) => e.can().redo(),
    },
    {
      key: 'clear',
      icon: <FormatClear />,
      shortcut: 'Mod-\\',
      run: (e) => e.chain().focus().unsetAllMarks().clearNodes().run(),
    },
  ],
];

export const toolbarItems = toolbarGroups.flat();
