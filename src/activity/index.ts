import ActivityIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';

/** The list loads when first opened; the icon and record name stay here for menu and titles. */
export const activity = {
  list: lazyScreen(() => import('./ActivityList'), 'ActivityList'),
  icon: ActivityIcon,
  recordRepresentation: 'label',
} satisfies Omit<ResourceProps, 'name'>;
