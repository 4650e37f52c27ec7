import { useFieldValue, useLocale, type FieldProps } from 'react-admin';
import Typography from '@mui/material/Typography';
import { formatInZone } from '../lib/time';
import { dateLocale, newsroomZone } from './timeZone';

/** A UTC timestamp shown in the newsroom time zone, naming the zone. */
export const ZonedDateField = (props: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const locale = useLocale();
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      <time dateTime={value}>{formatInZone(value, dateLocale(locale), newsroomZone)}</time>
    </Typography>
  );
};
