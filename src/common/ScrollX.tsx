import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

/**
 * A wide table on a narrow screen: it scrolls inside this box, never the page. The box is a
 * named, focusable region so keyboard users can scroll it with the arrow keys (WCAG 2.1.1).
 */
export const ScrollX = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box role="region" aria-label={label} tabIndex={0} sx={{ overflowX: 'auto', maxWidth: '100%' }}>
    {children}
  </Box>
);
