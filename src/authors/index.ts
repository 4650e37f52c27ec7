import AuthorIcon from '@mui/icons-material/HistoryEdu';
import type { ResourceProps } from 'react-admin';
import { AuthorList } from './AuthorList';
import { AuthorCreate } from './AuthorCreate';
import { AuthorEdit } from './AuthorEdit';

export const authors = {
  list: AuthorList,
  create: AuthorCreate,
  edit: AuthorEdit,
  icon: AuthorIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
