import AuthorIcon from '@mui/icons-material/HistoryEdu';
import type { ResourceProps } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';

/** Screens load when first opened; the icon and record name stay here for menu and titles. */
export const authors = {
  list: lazyScreen(() => import('./AuthorList'), 'AuthorList'),
  create: lazyScreen(() => import('./AuthorCreate'), 'AuthorCreate'),
  edit: lazyScreen(() => import('./AuthorEdit'), 'AuthorEdit'),
  show: lazyScreen(() => import('./AuthorShow'), 'AuthorShow'),
  icon: AuthorIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
