import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatCreditLine } from '../lib/creditLine';

/**
 * The credit line as pages print it, in both languages, while the form is typed; before anything
 * is typed, one line says where it will appear (not a dash per language).
 */
export const CreditPreview = () => {
  const photographer = useWatch({ name: 'photographer' }) as string | undefined;
  const agency = useWatch({ name: 'agency' }) as string | undefined;
  const translate = useTranslate();
  const credit = { photographer, agency };
  const en = formatCreditLine(credit, 'en');
  const ar = formatCreditLine(credit, 'ar');
  return (
    <Box
      component="section"
      aria-label={translate('resources.photo-credits.preview')}
      sx={{ mb: 2, width: '100%' }}
    >
      <Typography variant="subtitle2">{translate('resources.photo-credits.preview')}</Typography>
      {!en && !ar ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.photo-credits.preview_empty')}
        </Typography>
      ) : (
        <>
          <Typography data-testid="credit-en" lang="en" dir="ltr" sx={{ fontStyle: 'italic' }}>
            {en}
          </Typography>
          <Typography
            data-testid="credit-ar"
            lang="ar"
            dir="rtl"
            sx={{ fontStyle: 'italic', textAlign: 'start' }}
          >
            {ar}
          </Typography>
        </>
      )}
    </Box>
  );
};
