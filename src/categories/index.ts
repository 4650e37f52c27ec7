import CategoryIcon from '@mui/icons-material/Category';
import type { ResourceProps } from 'react-admin';
import type { Category } from '../schemas';
import { bilingualText } from '../common/uiLocale';
import { lazyScreen } from '../common/lazyScreen';

/** Screens load when first opened; the icon and record name stay here for menu and titles. */
export const categories = {
  list: lazyScreen(() => import('./CategoryList'), 'CategoryList'),
  create: lazyScreen(() => import('./CategoryCreate'), 'CategoryCreate'),
  edit: lazyScreen(() => import('./CategoryEdit'), 'CategoryEdit'),
  icon: CategoryIcon,
  recordRepresentation: (record: Category) => bilingualText(record.name),
} satisfies Omit<ResourceProps, 'name'>;
