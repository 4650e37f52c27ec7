import AuthorIcon from '@mui/icons-material/HistoryEdu';
import type { ResourceProps } from 'react-admin';
import { AuthorList } from './AuthorList';
import { AuthorCreate } from './AuthorCreate';
import { AuthorEdit } from './AuthorEdit';
import { AuthorShow } from './AuthorShow';

export const authors = {
  list: AuthorList,
  create: AuthorCreate,
  edit: AuthorEdit,
  show: AuthorShow,
  icon: AuthorIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
