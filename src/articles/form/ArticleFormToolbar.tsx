import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { SaveButton, Toolbar } from 'react-admin';
import { PreviewButton } from '../preview/PreviewButton';

/**
 * Save, Preview and whatever the workflow adds (History, status buttons) as `children`, so
 * Edit and Create can extend the bar without touching the form.
 */
export const ArticleFormToolbar = ({ children }: { children?: ReactNode }) => (
  <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
    <SaveButton />
    <PreviewButton />
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', marginInlineStart: 'auto' }}>
      {children}
    </Box>
  </Toolbar>
);
