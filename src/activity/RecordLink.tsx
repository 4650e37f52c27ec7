import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Activity } from '../schemas';

/** Resources whose records have their own page. */
const linked = new Set(['articles', 'categories', 'tags', 'authors', 'photo-credits', 'users']);

/**
 * The record an entry is about, by the label it had then, linked to its page. A delete entry
 * stays unlinked and says so; a record deleted later leads to its page's "no longer exists".
 */
export const RecordLink = () => {
  const entry = useRecordContext<Activity>();
  const translate = useTranslate();
  if (!entry) return null;
  const label = entry.label || `#${entry.recordId}`;
  if (entry.action === 'delete' || !linked.has(entry.resource)) {
    return (
      <span>
        {entry.action === 'delete'
          ? `${label} (${translate('resources.activity.deleted')})`
          : label}
      </span>
    );
  }
  return (
    <Link to={`/${entry.resource}/${entry.recordId}`} onClick={(e) => e.stopPropagation()}>
      {label}
    </Link>
  );
};
