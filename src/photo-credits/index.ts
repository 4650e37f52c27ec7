import PhotoIcon from '@mui/icons-material/PhotoCamera';
import type { ResourceProps } from 'react-admin';
import type { PhotoCredit } from '../schemas';
import { lazyScreen } from '../common/lazyScreen';
import { creditLine } from '../lib/creditLine';

/** Screens load when first opened; the icon and record name stay here for menu and titles. */
export const photoCredits = {
  list: lazyScreen(() => import('./PhotoCreditList'), 'PhotoCreditList'),
  create: lazyScreen(() => import('./PhotoCreditCreate'), 'PhotoCreditCreate'),
  edit: lazyScreen(() => import('./PhotoCreditEdit'), 'PhotoCreditEdit'),
  show: lazyScreen(() => import('./PhotoCreditShow'), 'PhotoCreditShow'),
  icon: PhotoIcon,
  // From src/lib, not the schemas barrel, which would put zod in the entry chunk.
  recordRepresentation: (record: PhotoCredit) => creditLine(record),
} satisfies Omit<ResourceProps, 'name'>;
