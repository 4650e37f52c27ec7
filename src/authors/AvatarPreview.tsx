import Avatar from '@mui/material/Avatar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** The avatar as the site would show it; says so when the address gives no image. */
export const AvatarPreview = () => {
  const url = (useWatch({ name: 'avatarUrl' }) as string | undefined)?.trim() ?? '';
  const name = (useWatch({ name: 'name' }) as string | undefined) ?? '';
  const translate = useTranslate();
  const [failed, setFailed] = useState<string | null>(null);
  const broken = failed === url && url !== '';
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
      <Avatar
        src={url && !broken ? url : undefined}
        alt={translate('resources.authors.avatar_alt', { name })}
        sx={{ width: 64, height: 64 }}
        slotProps={{ img: { onError: () => setFailed(url) } }}
      >
        {name.trim().charAt(0).toUpperCase() || '?'}
      </Avatar>
      <Typography variant="caption" color={broken ? 'error' : 'text.secondary'} role={broken ? 'alert' : undefined}>
        {translate(broken ? 'resources.authors.avatar_broken' : url ? 'resources.authors.avatar_preview' : 'resources.authors.avatar_none')}
      </Typography>
    </Stack>
  );
};
