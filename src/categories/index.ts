import CategoryIcon from '@mui/icons-material/Category';
import type { ResourceProps } from 'react-admin';
import type { Category } from '../schemas';
import { bilingualText } from '../common/uiLocale';
import { CategoryList } from './CategoryList';
import { CategoryCreate } from './CategoryCreate';
import { CategoryEdit } from './CategoryEdit';

export const categories = {
  list: CategoryList,
  create: CategoryCreate,
  edit: CategoryEdit,
  icon: CategoryIcon,
  recordRepresentation: (record: Category) => bilingualText(record.name),
} satisfies Omit<ResourceProps, 'name'>;
