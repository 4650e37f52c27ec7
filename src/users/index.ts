import UserIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';

/** Screens load when first opened; the icon and record name stay here for menu and titles. */
export const users = {
  list: lazyScreen(() => import('./UserList'), 'UserList'),
  create: lazyScreen(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyScreen(() => import('./UserEdit'), 'UserEdit'),
  icon: UserIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
