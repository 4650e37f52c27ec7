import Box from '@mui/material/Box';
import { useGetOne } from 'react-admin';
import type { FeaturedImage, Language, PhotoCredit } from '../../schemas';
import { formatCreditLine } from '../../lib/creditLine';

/** Caption, then the credit line in parentheses unless the caption already carries it (wire captions do). */
export const captionWithCredit = (caption: string, credit: string) => {
  if (!credit) return caption;
  if (caption.includes(credit)) return caption;
  return caption ? `${caption} (${credit})` : credit;
};

export const FeaturedFigure = ({
  image,
  lang,
}: {
  image: Partial<FeaturedImage>;
  lang: Language;
}) => {
  const id = image.photoCreditId ?? 0;
  const { data: credit } = useGetOne<PhotoCredit>(
    'photo-credits',
    { id },
    { enabled: Boolean(id) },
  );
  if (!image.url) return null;
  const text = captionWithCredit(
    image.caption?.trim() ?? '',
    credit ? formatCreditLine(credit, lang) : '',
  );
  return (
    <Box component="figure" sx={{ m: 0, my: 2 }}>
      <Box
        component="img"
        src={image.url}
        alt={image.alt ?? ''}
        sx={{ width: '100%', display: 'block', borderRadius: 1 }}
      />
      {text && (
        <Box component="figcaption" sx={{ typography: 'body2', color: 'text.secondary', mt: 0.5 }}>
          {text}
        </Box>
      )}
    </Box>
  );
};
