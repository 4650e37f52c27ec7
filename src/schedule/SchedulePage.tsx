import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Loading, Title, useCanAccess, useGetList, useLocale, useTranslate } from 'react-admin';
import type { Article } from '../schemas';
import { zoneLabel } from '../lib/time';
import { dateTimeFormat } from '../lib/timeFormat';
import { dateLocale } from '../common/timeZone';
import { addDays, calendarEntries, todayIn, visibleRange, type CalendarView } from './calendar';
import { RescheduleDialog } from './RescheduleDialog';
import { ScheduleDay } from './ScheduleDay';
import { TimeZoneSelect } from './TimeZoneSelect';
import { useNewsroomZone } from './timeZoneSetting';

const page = { page: 1, perPage: 500 };
const byTime = (field: string) => ({ field, order: 'ASC' as const });

/**
 * **Schedule**: a day or week of scheduled and published articles in the newsroom time zone.
 * Only the visible range is fetched (publishAt / publishedAt _gte and _lte).
 */
export const SchedulePage = () => {
  const translate = useTranslate();
  const locale = dateLocale(useLocale());
  const zone = useNewsroomZone();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => todayIn(zone));
  const [moving, setMoving] = useState<Article | null>(null);
  const { canAccess: canEdit } = useCanAccess({ resource: 'articles', action: 'edit' });
  const { days, start, end } = visibleRange(view, anchor, zone);

  const scheduled = useGetList<Article>('articles', {
    filter: { status: 'scheduled', publishAt_gte: start, publishAt_lte: end }, pagination: page, sort: byTime('publishAt'),
  });
  const published = useGetList<Article>('articles', {
    filter: { status: 'published', publishedAt_gte: start, publishedAt_lte: end }, pagination: page, sort: byTime('publishedAt'),
  });
  const entries = useMemo(
    () => calendarEntries([...(scheduled.data ?? []), ...(published.data ?? [])], zone),
    [scheduled.data, published.data, zone],
  );
  const dayTitle = (d: string) =>
    dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00Z`));
  // Hour slots are wall-clock "HH:00" already in the zone: written like the times, in UTC.
  const slotLabel = (slot: string) =>
    dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(`1970-01-01T${slot}:00Z`));
  const timeOf = (iso: string) => dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(iso));
  const step = view === 'day' ? 1 : 7;

  return (
    <Box sx={{ p: 2 }}>
      <Title title="nd.schedule.title" />
      <Typography variant="body2" sx={{ mb: 2 }}>{translate('nd.schedule.intro')}</Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, v: CalendarView | null) => v && setView(v)} aria-label={translate('nd.schedule.view')}>
          <ToggleButton value="day">{translate('nd.schedule.day')}</ToggleButton>
          <ToggleButton value="week">{translate('nd.schedule.week')}</ToggleButton>
        </ToggleButtonGroup>
        <Button onClick={() => setAnchor(addDays(anchor, -step))}>{translate('nd.schedule.previous')}</Button>
        <Button onClick={() => setAnchor(todayIn(zone))}>{translate('nd.schedule.today')}</Button>
        <Button onClick={() => setAnchor(addDays(anchor, step))}>{translate('nd.schedule.next')}</Button>
        <TimeZoneSelect />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="schedule-zone">
        {translate('nd.schedule.shown_in', { zone: `${zoneLabel(zone, locale, start || new Date())} (${zone})` })}
      </Typography>
      {(scheduled.isPending || published.isPending) && <Loading />}
      {!scheduled.isPending && !published.isPending && !entries.length && (
        <Alert severity="info">{translate('nd.schedule.empty')}</Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: view === 'day' ? '1fr' : { xs: '1fr', md: 'repeat(7, minmax(0, 1fr))' } }}>
        {days.map((d) => (
          <ScheduleDay
            key={d}
            heading={dayTitle(d)}
            entries={entries.filter((e) => e.day === d)}
            timeOf={timeOf}
            slotLabel={slotLabel}
            onReschedule={canEdit ? setMoving : undefined}
          />
        ))}
      </Box>
      {moving && <RescheduleDialog article={moving} onClose={() => setMoving(null)} />}
    </Box>
  );
};
