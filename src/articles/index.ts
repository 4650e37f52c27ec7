import ArticleIcon from '@mui/icons-material/Article';
import type { ResourceProps } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';

/**
 * Every screen loads when first opened, so the sign-in page and the other screens carry none of
 * them; the form, preview and show page (and DOMPurify with them) stay out of the list's chunk,
 * and the editor itself is a further lazy chunk inside the form.
 */
export const articles = {
  list: lazyScreen(() => import('./list/ArticleList'), 'ArticleList'),
  create: lazyScreen(() => import('./ArticleCreate'), 'ArticleCreate'),
  edit: lazyScreen(() => import('./ArticleEdit'), 'ArticleEdit'),
  show: lazyScreen(() => import('./ArticleShow'), 'ArticleShow'),
  icon: ArticleIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;
