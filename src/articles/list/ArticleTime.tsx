import { useRecordContext } from 'react-admin';
import type { Article } from '../../schemas';
import { formatInZone } from '../../lib/time';
import { useNewsroomZone } from '../../common/timeZone';
import { useIntlLocale } from '../../common/localeFormat';

/**
 * When the article went (or goes) live, in the newsroom zone, following the setting. The zone
 * is named once, in the column header, rather than on every row.
 */
export const ArticleTime = ({ showZone = false }: { showZone?: boolean }) => {
  const record = useRecordContext<Article>();
  const locale = useIntlLocale();
  const zone = useNewsroomZone();
  const value = record?.publishedAt ?? record?.publishAt;
  if (!value) return null;
  return <time dateTime={value}>{formatInZone(value, locale, zone, { showZone })}</time>;
};
