import { useState } from 'react';
import { useTranslate } from 'react-admin';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { PeriodChoice } from '../metrics/api';

const presets = [
  ['today', 'today'],
  ['7d', 'd7'],
  ['30d', 'd30'],
  ['90d', 'd90'],
] as const;

/** Today, 7, 30, 90 days, or a custom range (two dates, applied together). */
export const PeriodPicker = ({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (p: PeriodChoice) => void;
}) => {
  const translate = useTranslate();
  const custom = !('preset' in value);
  const [open, setOpen] = useState(custom);
  const [from, setFrom] = useState(custom ? value.from : '');
  const [to, setTo] = useState(custom ? value.to : '');
  const selected = open ? 'custom' : 'preset' in value ? value.preset : 'custom';
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={selected}
        aria-label={translate('nd.dashboard.period.label')}
        sx={{ flexWrap: 'wrap' }}
        onChange={(_, next: string | null) => {
          if (!next) return;
          if (next === 'custom') return setOpen(true);
          setOpen(false);
          onChange({ preset: next as '7d' });
        }}
      >
        {presets.map(([preset, key]) => (
          <ToggleButton key={preset} value={preset}>
            {translate(`nd.dashboard.period.${key}`)}
          </ToggleButton>
        ))}
        <ToggleButton value="custom">{translate('nd.dashboard.period.custom')}</ToggleButton>
      </ToggleButtonGroup>
      {open && (
        <Box
          component="form"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
          onSubmit={(e) => {
            e.preventDefault();
            if (from && to) onChange(from <= to ? { from, to } : { from: to, to: from });
          }}
        >
          <TextField
            size="small"
            type="date"
            label={translate('nd.dashboard.period.from')}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            size="small"
            type="date"
            label={translate('nd.dashboard.period.to')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button type="submit" variant="outlined" disabled={!from || !to}>
            {translate('nd.dashboard.period.apply')}
          </Button>
        </Box>
      )}
    </Box>
  );
};
