import type { SxProps, Theme } from '@mui/material/styles';

/** The look of a body, shared by the editor and SafeHtml so preview matches editing. */
export const bodyStyles: SxProps<Theme> = {
  lineHeight: 1.7,
  textAlign: 'start',
  '& h2': { typography: 'h5', mt: 2, mb: 1 },
  '& h3': { typography: 'h6', mt: 2, mb: 1 },
  '& blockquote': {
    borderInlineStart: 4,
    borderColor: 'divider',
    ms: 0,
    ps: 2,
    color: 'text.secondary',
  },
  '& a': { color: 'primary.main' },
  '& figure': { mx: 0, my: 2 },
  '& figure img': { maxWidth: '100%', height: 'auto', display: 'block' },
  '& figcaption': { typography: 'body2', color: 'text.secondary', mt: 0.5 },
  '& hr': { border: 0, borderTop: 1, borderColor: 'divider', my: 2 },
};
