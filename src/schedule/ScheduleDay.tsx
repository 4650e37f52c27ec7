import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Article } from '../schemas';
import type { CalendarEntry } from './calendar';
import { ScheduleItem } from './ScheduleItem';

interface Props {
  heading: string;
  entries: CalendarEntry[];
  timeOf: (iso: string) => string;
  /** An hour slot ("14:00") in the UI locale's digits and clock. */
  slotLabel: (slot: string) => string;
  onReschedule?: (a: Article) => void;
}

/** One day of the calendar, its entries under hour slots. */
export const ScheduleDay = ({ heading, entries, timeOf, slotLabel, onReschedule }: Props) => {
  const slots = [...new Set(entries.map((e) => e.slot))];
  return (
    <Box component="section" aria-label={heading} sx={{ minWidth: 0 }}>
      <Typography variant="subtitle1" component="h2" sx={{ borderBottom: 1, borderColor: 'divider', mb: 1 }}>
        {heading}
      </Typography>
      {slots.map((slot) => (
        <Box key={slot} sx={{ mb: 1 }}>
          <Typography variant="caption" component="h3" color="text.secondary">
            {slotLabel(slot)}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {entries
              .filter((e) => e.slot === slot)
              .map((e) => (
                <ScheduleItem
                  key={e.article.id}
                  entry={e}
                  time={timeOf(e.at)}
                  onReschedule={onReschedule && e.article.status === 'scheduled' ? () => onReschedule(e.article) : undefined}
                />
              ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
