import type { SxProps, Theme } from '@mui/material/styles';
import { bodyStyles } from './bodyStyles';

/** The editable area: body styles plus the caret area, focus ring and placeholder. */
export const editorArea: SxProps<Theme> = {
  '& .ProseMirror': {
    ...(bodyStyles as object),
    minHeight: 240,
    maxHeight: '70vh',
    overflowY: 'auto',
    px: 2,
    py: 1,
    outline: 'none',
    '&:focus-visible': {
      boxShadow: (theme: Theme) => `inset 0 0 0 2px ${theme.palette.primary.main}`,
    },
  },
  '& .ProseMirror p.is-editor-empty:first-of-type::before': {
    content: 'attr(data-placeholder)',
    float: 'inline-start',
    height: 0,
    color: 'text.disabled',
    pointerEvents: 'none',
  },
  '& .ProseMirror .ProseMirror-selectednode': {
    outline: 2,
    outlineColor: 'primary.main',
    outlineStyle: 'solid',
  },
};
