import ArticleIcon from '@mui/icons-material/Article';
import type { ResourceProps } from 'react-admin';
import { ArticleList } from './list/ArticleList';
import { ArticleCreate } from './ArticleCreate';
import { ArticleEdit } from './ArticleEdit';
import { ArticleShow } from './ArticleShow';

export const articles = {
  list: ArticleList,
  create: ArticleCreate,
  edit: ArticleEdit,
  show: ArticleShow,
  icon: ArticleIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;
