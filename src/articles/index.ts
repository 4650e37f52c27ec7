import ArticleIcon from '@mui/icons-material/Article';
import type { ResourceProps } from 'react-admin';
import { ArticleList } from './ArticleList';
import { ArticleCreate } from './ArticleCreate';
import { ArticleEdit } from './ArticleEdit';

export const articles = {
  list: ArticleList,
  create: ArticleCreate,
  edit: ArticleEdit,
  icon: ArticleIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;
