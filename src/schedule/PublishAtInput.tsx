import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import {
  FieldTitle, InputHelperText, useInput, useLocale, useResourceContext, useTranslate, type InputProps,
} from 'react-admin';
import { formatInZone, resolveLocal, utcToZonedLocal, zoneLabel, type ResolvedLocal } from '../lib/time';
import { dateLocale } from '../common/timeZone';
import { useNewsroomZone } from './timeZoneSetting';

const utcText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/**
 * **Publish at**, picked and shown in the newsroom time zone with the UTC time beside it, and
 * stored as a UTC ISO string. A wall-clock time that daylight saving skips or repeats is
 * resolved (forward / earlier, see lib/zonedTime.ts) and the editor is told which instant is used.
 */
export const PublishAtInput = ({ source = 'publishAt', label, helperText, ...rest }: Partial<InputProps>) => {
  const translate = useTranslate();
  const locale = dateLocale(useLocale());
  const resource = useResourceContext(rest);
  const zone = useNewsroomZone();
  const { id, field, fieldState, isRequired } = useInput({ source, ...rest });
  const value = typeof field.value === 'string' ? field.value : null;
  const [typed, setTyped] = useState(() => (value ? (utcToZonedLocal(value, zone) ?? '') : ''));
  const [resolved, setResolved] = useState<ResolvedLocal | null>(null);

  // Follow changes from outside (record loaded, draft restored, zone changed), but never
  // rewrite what the editor is typing: 01:30 on a skipped night must stay 01:30 on screen.
  useEffect(() => {
    const mine = typed ? resolveLocal(typed, zone)?.utc : null;
    if ((mine ?? null) === value) return;
    setTyped(value ? (utcToZonedLocal(value, zone) ?? '') : '');
    setResolved(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- typed is read, not followed
  }, [value, zone]);

  const onChange = (local: string) => {
    setTyped(local);
    const r = local ? resolveLocal(local, zone) : null;
    setResolved(r);
    field.onChange(r ? r.utc : null);
  };

  const zoneName = zoneLabel(zone, locale, value ?? new Date());
  const notes: string[] = [];
  if (value) notes.push(translate('nd.schedule.utc', { time: utcText(value) }));
  notes.push(translate('nd.common.time_zone', { zone: zoneName }));
  if (resolved?.kind === 'skipped' || resolved?.kind === 'ambiguous') {
    const at = formatInZone(resolved.utc, locale, zone);
    notes.push(translate(`nd.schedule.${resolved.kind}`, { zone: zoneName, time: at }));
  }
  if (typed && !resolveLocal(typed, zone)) notes.push(translate('nd.schedule.invalid'));
  const error = fieldState.invalid ? fieldState.error?.message : undefined;

  return (
    <TextField
      id={id}
      type="datetime-local"
      name={field.name}
      value={typed}
      onChange={(e) => onChange(e.target.value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!error}
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      helperText={<InputHelperText error={error} helperText={helperText ?? notes.join(' · ')} />}
      // MUI links the helper text (UTC time, zone, daylight-saving note) to the input by id.
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};
