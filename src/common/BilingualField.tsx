import { useFieldValue, useLocale, type FieldProps } from 'react-admin';
import Typography from '@mui/material/Typography';

type Bilingual = { en?: string; ar?: string };

/** The text in the UI language, else in the other one (marked with its lang for screen readers). */
export const pickLanguage = (value: Bilingual | null | undefined, locale: string) => {
  const preferred = locale === 'ar' ? 'ar' : 'en';
  const other = preferred === 'ar' ? 'en' : 'ar';
  if (value?.[preferred]) return { text: value[preferred], lang: preferred };
  if (value?.[other]) return { text: value[other], lang: other };
  return { text: '', lang: preferred };
};

export const BilingualField = (props: FieldProps) => {
  const value = useFieldValue(props) as Bilingual | undefined;
  const { text, lang } = pickLanguage(value, useLocale());
  return (
    <Typography component="span" variant="body2" lang={lang} dir="auto">
      {text}
    </Typography>
  );
};
