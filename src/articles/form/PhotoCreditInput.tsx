import Typography from '@mui/material/Typography';
import { AutocompleteInput, ReferenceInput, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { creditLine, type PhotoCredit } from '../../schemas';
import { formatCreditLine } from '../../lib/creditLine';

const toQuery = (q: string) => ({ q });

/** The credit line as the article will print it, in the article's language. */
const CreditPreview = ({ lang }: { lang: 'en' | 'ar' }) => {
  const id = useWatch({ name: 'featuredImage.photoCreditId' }) as number | null | undefined;
  const { data } = useGetOne<PhotoCredit>(
    'photo-credits',
    { id: id ?? 0 },
    { enabled: Boolean(id) },
  );
  if (!id || !data) return null;
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      lang={lang}
      data-testid="credit-line"
    >
      {formatCreditLine(data, lang)}
    </Typography>
  );
};

/** Photo credit picked from photo-credits, listed as "Photo by PHOTOGRAPHER / AGENCY". */
export const PhotoCreditInput = ({ lang }: { lang: 'en' | 'ar' }) => {
  const translate = useTranslate();
  const optionText = (c: PhotoCredit) =>
    translate('resources.photo-credits.credit_line', { credit: creditLine(c) });
  return (
    <>
      <ReferenceInput
        source="featuredImage.photoCreditId"
        reference="photo-credits"
        sort={{ field: 'photographer', order: 'ASC' }}
      >
        <AutocompleteInput
          label="resources.articles.fields.featuredImage.photoCreditId"
          optionText={optionText}
          filterToQuery={toQuery}
          fullWidth
        />
      </ReferenceInput>
      <CreditPreview lang={lang} />
    </>
  );
};
