import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { Link, RecordContextProvider, ReferenceField, useCreatePath, useTranslate } from 'react-admin';
import type { CalendarEntry } from './calendar';

interface Props {
  entry: CalendarEntry;
  time: string;
  onReschedule?: () => void;
}

/** One article on the calendar: time, title (opens it), status, Breaking, a clash flag. */
export const ScheduleItem = ({ entry, time, onReschedule }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { article, clash } = entry;
  return (
    <RecordContextProvider value={article}>
      <Box
        component="li"
        data-testid="schedule-item"
        sx={{ p: 1, mb: 1, border: 1, borderRadius: 1, borderColor: clash ? 'warning.main' : 'divider', borderLeftWidth: clash ? 4 : 1 }}
      >
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography component="time" dateTime={entry.at} variant="body2" sx={{ fontWeight: 600 }}>{time}</Typography>
          <Link to={createPath({ resource: 'articles', id: article.id, type: 'edit' })} dir="auto">{article.title}</Link>
        </Box>
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
          {article.isBreaking && <Chip size="small" color="error" label={translate('nd.schedule.breaking')} />}
          <Chip size="small" variant="outlined" label={translate(`resources.articles.statuses.${article.status}`)} />
          <Typography variant="caption" color="text.secondary">
            <ReferenceField source="categoryId" reference="categories" link={false} />
          </Typography>
          {clash && (
            <Chip size="small" color="warning" icon={<WarningIcon />} label={translate('nd.schedule.clash')} />
          )}
          {onReschedule && (
            <Button size="small" onClick={onReschedule} aria-label={`${translate('nd.schedule.reschedule')}: ${article.title}`}>
              {translate('nd.schedule.reschedule')}
            </Button>
          )}
        </Box>
      </Box>
    </RecordContextProvider>
  );
};
