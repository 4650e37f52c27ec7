import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { Suspense } from 'react';
import { useTranslate } from 'react-admin';
import { preloadable } from '../common/preloadable';
import type { BodyInputProps } from './types';

export type { BodyInputProps } from './types';

/**
 * TipTap and ProseMirror (~120 kB) load with the first form that shows a body, or ahead by
 * `preloadBodyInput` (the article list, when idle), after which a form shows its editor at once.
 */
const BodyInput = preloadable(() => import('./BodyInput').then((module) => module.BodyInput));
export const preloadBodyInput = BodyInput.preload;

/**
 * A name is only allowed on an element with a role: the placeholder is an indeterminate
 * progress bar, "Loading the editor…" to a screen reader (a bare span with `aria-label` is
 * axe's aria-prohibited-attr).
 */
const Loading = () => {
  const translate = useTranslate();
  return (
    <Box aria-busy="true" sx={{ my: 1 }}>
      <Skeleton
        variant="rectangular"
        height={280}
        role="progressbar"
        aria-label={translate('nd.editor.loading')}
      />
    </Box>
  );
};

export const LazyBodyInput = (props: BodyInputProps) => (
  <Suspense fallback={<Loading />}>
    <BodyInput {...props} />
  </Suspense>
);
