import { useRecordContext, useTranslate } from 'react-admin';
import { creditLine, type PhotoCredit } from '../schemas';

/** "Photo by PHOTOGRAPHER / AGENCY", as the site prints it. */
export const CreditLineField = () => {
  const record = useRecordContext<PhotoCredit>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>{translate('resources.photo-credits.credit_line', { credit: creditLine(record) })}</span>
  );
};
