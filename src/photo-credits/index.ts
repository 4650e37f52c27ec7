import PhotoIcon from '@mui/icons-material/PhotoCamera';
import type { ResourceProps } from 'react-admin';
import type { PhotoCredit } from '../schemas';
import { lazyScreen } from '../common/lazyScreen';

/** Screens load when first opened; the icon and record name stay here for menu and titles. */
export const photoCredits = {
  list: lazyScreen(() => import('./PhotoCreditList'), 'PhotoCreditList'),
  create: lazyScreen(() => import('./PhotoCreditCreate'), 'PhotoCreditCreate'),
  edit: lazyScreen(() => import('./PhotoCreditEdit'), 'PhotoCreditEdit'),
  show: lazyScreen(() => import('./PhotoCreditShow'), 'PhotoCreditShow'),
  icon: PhotoIcon,
  // creditLine of src/schemas/photoCredit.ts, written out: importing it would put zod and every
  // schema in the entry chunk, which the sign-in page does not need.
  recordRepresentation: (record: PhotoCredit) =>
    record.agency ? `${record.photographer} / ${record.agency}` : record.photographer,
} satisfies Omit<ResourceProps, 'name'>;
