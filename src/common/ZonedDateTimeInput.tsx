import { useMemo } from 'react';
import { TextInput, useLocale, useTranslate, type TextInputProps } from 'react-admin';
import { utcToZonedLocal, zoneLabel, zonedLocalToUtc } from '../lib/time';
import { dateLocale, useNewsroomZone } from './timeZone';

/**
 * A date-time typed in the newsroom's zone whatever the browser's zone, stored as UTC ISO.
 * (react-admin's DateTimeInput uses the browser zone, wrong for a reporter abroad.) The zone
 * is the browser's newsroom setting, so it follows the Schedule page's selector.
 */
export const ZonedDateTimeInput = (props: TextInputProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  const zone = useNewsroomZone();
  const { format, parse } = useMemo(
    () => ({
      format: (iso: string | null | undefined) => (iso ? (utcToZonedLocal(iso, zone) ?? '') : ''),
      parse: (local: string) => (local ? zonedLocalToUtc(local, zone) : null),
    }),
    [zone],
  );
  return (
    <TextInput
      type="datetime-local"
      format={format}
      parse={parse}
      helperText={translate('nd.common.time_zone', { zone: zoneLabel(zone, dateLocale(locale)) })}
      slotProps={{ inputLabel: { shrink: true } }}
      {...props}
    />
  );
};
