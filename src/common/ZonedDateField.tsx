import { useFieldValue, useLocale, type FieldProps } from 'react-admin';
import Typography from '@mui/material/Typography';
import { formatInZone, relativeTime } from '../lib/time';
import { dateLocale, useNewsroomZone } from './timeZone';

interface Props extends FieldProps {
  /** "2 hours ago" in the UI language, with the exact time in the tooltip. */
  relative?: boolean;
}

/** A UTC timestamp shown in the newsroom time zone (the browser's setting), naming the zone. */
export const ZonedDateField = ({ relative, ...props }: Props) => {
  const value = useFieldValue(props) as string | null | undefined;
  const locale = dateLocale(useLocale());
  const zone = useNewsroomZone();
  if (!value) return null;
  const exact = formatInZone(value, locale, zone);
  return (
    <Typography component="span" variant="body2">
      <time dateTime={value} title={relative ? exact : undefined}>
        {relative ? relativeTime(value, locale) : exact}
      </time>
    </Typography>
  );
};
