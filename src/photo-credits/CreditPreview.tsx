import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatCreditLine } from '../lib/creditLine';

/** The credit line as pages print it, in both languages, while the form is typed. */
export const CreditPreview = () => {
  const photographer = useWatch({ name: 'photographer' }) as string | undefined;
  const agency = useWatch({ name: 'agency' }) as string | undefined;
  const translate = useTranslate();
  const credit = { photographer, agency };
  return (
    <Box
      component="section"
      aria-label={translate('resources.photo-credits.preview')}
      sx={{ mb: 2, width: '100%' }}
    >
      <Typography variant="subtitle2">{translate('resources.photo-credits.preview')}</Typography>
      <Typography data-testid="credit-en" lang="en" dir="ltr" sx={{ fontStyle: 'italic' }}>
        {formatCreditLine(credit, 'en') || '—'}
      </Typography>
      <Typography
        data-testid="credit-ar"
        lang="ar"
        dir="rtl"
        sx={{ fontStyle: 'italic', textAlign: 'start' }}
      >
        {formatCreditLine(credit, 'ar') || '—'}
      </Typography>
    </Box>
  );
};
