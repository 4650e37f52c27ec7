import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** A live thumbnail of the Image URL, or a note when the address does not load an image. */
export const ImageThumbnail = () => {
  const translate = useTranslate();
  const url = ((useWatch({ name: 'featuredImage.url' }) as string | undefined) ?? '').trim();
  const alt = (useWatch({ name: 'featuredImage.alt' }) as string | undefined) ?? '';
  const [broken, setBroken] = useState(false);
  useEffect(() => setBroken(false), [url]);
  if (!url || !isHttpUrl(url)) return null;
  return (
    <Box sx={{ mb: 2 }}>
      {broken ? (
        <Typography variant="body2" color="error" role="status">
          {translate('resources.articles.form.image_broken')}
        </Typography>
      ) : (
        <Box
          component="img"
          src={url}
          alt={alt}
          onError={() => setBroken(true)}
          data-testid="image-thumbnail"
          sx={{
            display: 'block',
            width: 240,
            maxWidth: '100%',
            aspectRatio: '16 / 9',
            objectFit: 'cover',
            borderRadius: 1,
            bgcolor: 'action.hover',
          }}
        />
      )}
    </Box>
  );
};
