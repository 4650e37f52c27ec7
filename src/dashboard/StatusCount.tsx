import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useLocale, useTranslate } from 'react-admin';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { Article, ArticleStatus } from '../schemas';
import { dateLocale } from '../common/timeZone';

/** One figure from the server: the list total for a status, fetching a single row. */
export const StatusCount = ({ status }: { status?: ArticleStatus }) => {
  const translate = useTranslate();
  const locale = dateLocale(useLocale());
  const filter = status ? { status } : {};
  const { total, isPending } = useGetList<Article>('articles', {
    filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  const label = translate(status ? `resources.articles.statuses.${status}` : 'nd.dashboard.total');
  const to = `/articles?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Card variant="outlined" sx={{ minWidth: 150, flex: '1 1 150px' }}>
      <CardActionArea component={RouterLink} to={to} aria-label={`${label}: ${total ?? ''}`}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography variant="h4" component="p">
            {isPending ? <Skeleton width={60} /> : (total ?? 0).toLocaleString(locale)}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
