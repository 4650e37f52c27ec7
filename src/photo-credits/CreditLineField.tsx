import { useLocale, useRecordContext } from 'react-admin';
import type { PhotoCredit } from '../schemas';
import { formatCreditLine } from '../lib/creditLine';

/** "Photo by PHOTOGRAPHER / AGENCY" as the site prints it, in the UI language. */
export const CreditLineField = (_props: { label?: string }) => {
  const record = useRecordContext<PhotoCredit>();
  const lang = useLocale() === 'ar' ? 'ar' : 'en';
  if (!record) return null;
  return <span lang={lang}>{formatCreditLine(record, lang)}</span>;
};
