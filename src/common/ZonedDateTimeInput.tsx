import { TextInput, useLocale, useTranslate, type TextInputProps } from 'react-admin';
import { utcToZonedLocal, zoneLabel, zonedLocalToUtc } from '../lib/time';
import { dateLocale, newsroomZone } from './timeZone';

const format = (iso: string | null | undefined) =>
  iso ? (utcToZonedLocal(iso, newsroomZone) ?? '') : '';
const parse = (local: string) => (local ? zonedLocalToUtc(local, newsroomZone) : null);

/**
 * A date-time typed in the newsroom's zone whatever the browser's zone, stored as UTC ISO.
 * (react-admin's DateTimeInput uses the browser zone, wrong for a reporter abroad.)
 */
export const ZonedDateTimeInput = (props: TextInputProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <TextInput
      type="datetime-local"
      format={format}
      parse={parse}
      helperText={translate('nd.common.time_zone', {
        zone: zoneLabel(newsroomZone, dateLocale(locale)),
      })}
      slotProps={{ inputLabel: { shrink: true } }}
      {...props}
    />
  );
};
