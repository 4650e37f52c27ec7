import TagIcon from '@mui/icons-material/LocalOffer';
import type { ResourceProps } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';

/** Screens load when first opened; the icon and record name stay here for menu and titles. */
export const tags = {
  list: lazyScreen(() => import('./TagList'), 'TagList'),
  create: lazyScreen(() => import('./TagCreate'), 'TagCreate'),
  edit: lazyScreen(() => import('./TagEdit'), 'TagEdit'),
  icon: TagIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
