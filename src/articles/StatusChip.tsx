import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Article, ArticleStatus } from '../schemas';

/** One colour per workflow step, so a column of statuses reads at a glance. */
const colors: Record<ArticleStatus, 'default' | 'info' | 'warning' | 'success' | 'secondary'> = {
  draft: 'default',
  in_review: 'warning',
  scheduled: 'info',
  published: 'success',
  archived: 'secondary',
};

export const StatusChip = ({ status }: { status?: ArticleStatus }) => {
  const record = useRecordContext<Article>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      component="span"
      size="small"
      color={colors[value]}
      variant={value === 'draft' ? 'outlined' : 'filled'}
      label={translate(`resources.articles.statuses.${value}`)}
    />
  );
};

/** The red "Breaking" marker next to a title. */
export const BreakingChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      component="span"
      size="small"
      color="error"
      label={translate('resources.articles.fields.isBreaking')}
      sx={{ fontWeight: 700, marginInlineEnd: 1 }}
    />
  );
};
