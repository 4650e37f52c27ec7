import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { zoneLabel } from '../lib/time';
import { dateLocale } from '../common/timeZone';
import { knownZones, setNewsroomZone, useNewsroomZone } from './timeZoneSetting';

/** Picks the newsroom time zone (IANA names, searchable); saved for this browser. */
export const TimeZoneSelect = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const zone = useNewsroomZone();
  const zones = useMemo(knownZones, []);
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 260 }}
      options={zones}
      value={zone}
      disableClearable
      onChange={(_, value) => setNewsroomZone(value)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('nd.schedule.time_zone')}
          helperText={zoneLabel(zone, dateLocale(locale))}
        />
      )}
    />
  );
};
