import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { creditLine, type PhotoCredit } from '../../schemas/photoCredit';

type Props = { value: PhotoCredit | null; onChange: (credit: PhotoCredit | null) => void };

/** Photo credits are many: ask the server for the ones matching what is typed. */
export const PhotoCreditPicker = ({ value, onChange }: Props) => {
  const translate = useTranslate();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data = [], isPending } = useGetList<PhotoCredit>('photo-credits', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'photographer', order: 'ASC' },
    filter: q ? { q } : {},
  });

  return (
    <Autocomplete<PhotoCredit>
      options={data}
      value={value}
      onChange={(_event, next) => onChange(next)}
      onInputChange={(_event, next, reason) => reason === 'input' && setTyped(next)}
      getOptionLabel={creditLine}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      // The server already filtered by q.
      filterOptions={(options) => options}
      loading={isPending}
      noOptionsText={translate('nd.editor.image.noCredits')}
      renderInput={(params) => (
        <TextField {...params} margin="dense" label={translate('nd.editor.image.credit')} />
      )}
    />
  );
};
