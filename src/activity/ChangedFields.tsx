import { useRecordContext, useTranslate } from 'react-admin';
import type { Activity } from '../schemas';

/** Changed fields by their form labels in the UI language (the raw name when none exists). */
export const ChangedFields = () => {
  const entry = useRecordContext<Activity>();
  const translate = useTranslate();
  if (!entry) return null;
  if (entry.action !== 'update') return <span>—</span>;
  return (
    <span>
      {entry.changedFields
        .map((f) => translate(`resources.${entry.resource}.fields.${f}`, { _: f }))
        .join(translate('resources.activity.list_separator'))}
    </span>
  );
};
