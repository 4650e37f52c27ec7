import { useRecordContext } from 'react-admin';
import type { Article } from '../../schemas';
import { BreakingChip } from '../StatusChip';

/** The headline in its own language and direction, marked when it is breaking news. */
export const ArticleTitle = () => {
  const record = useRecordContext<Article>();
  if (!record) return null;
  return (
    <>
      {record.isBreaking && <BreakingChip />}
      <span lang={record.lang} dir={record.lang === 'ar' ? 'rtl' : 'ltr'}>
        {record.title}
      </span>
    </>
  );
};
