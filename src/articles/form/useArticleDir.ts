import { useWatch } from 'react-hook-form';

/** Text inputs follow the article's Language (Arabic right to left), whatever the UI language. */
export const useArticleDir = () => {
  const lang = useWatch({ name: 'lang' }) as string | undefined;
  const article: 'en' | 'ar' = lang === 'ar' ? 'ar' : 'en';
  const dir: 'rtl' | 'ltr' = article === 'ar' ? 'rtl' : 'ltr';
  return { lang: article, dir, slotProps: { htmlInput: { dir, lang: article } } };
};
