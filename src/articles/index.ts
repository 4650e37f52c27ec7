import ArticleIcon from '@mui/icons-material/Article';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import { ArticleList } from './list/ArticleList';

/**
 * The list ships with the app; the form, preview and show page (and DOMPurify with them) load
 * when first opened, so the list's JavaScript carries none of them. The editor itself is a
 * further lazy chunk inside the form.
 */
const ArticleCreate = lazy(() =>
  import('./ArticleCreate').then((m) => ({ default: m.ArticleCreate })),
);
const ArticleEdit = lazy(() => import('./ArticleEdit').then((m) => ({ default: m.ArticleEdit })));
const ArticleShow = lazy(() => import('./ArticleShow').then((m) => ({ default: m.ArticleShow })));

export const articles = {
  list: ArticleList,
  create: ArticleCreate,
  edit: ArticleEdit,
  show: ArticleShow,
  icon: ArticleIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;
