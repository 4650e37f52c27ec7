import { useLocale, useRecordContext } from 'react-admin';
import type { Article } from '../../schemas';
import { formatInZone } from '../../lib/time';
import { dateLocale, newsroomZone } from '../../common/timeZone';

/**
 * When the article went (or goes) live, in the newsroom zone. The zone is named once, in the
 * column header, rather than on every row.
 */
export const ArticleTime = ({ showZone = false }: { showZone?: boolean }) => {
  const record = useRecordContext<Article>();
  const locale = useLocale();
  const value = record?.publishedAt ?? record?.publishAt;
  if (!value) return null;
  return (
    <time dateTime={value}>
      {formatInZone(value, dateLocale(locale), newsroomZone, { showZone })}
    </time>
  );
};
