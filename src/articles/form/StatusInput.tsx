import { SelectInput, usePermissions, useRecordContext } from 'react-admin';
import { allowedTransitions, type Article, type Role } from '../../schemas';
import { statusChoices } from '../choices';

/** Only the statuses the workflow lets this role give the article from where it stands. */
export const StatusInput = () => {
  const record = useRecordContext<Article>();
  const { permissions: role } = usePermissions<Role>();
  const from = record?.status ?? 'draft';
  const allowed = new Set<string>(allowedTransitions(role, from));
  allowed.add(from);
  return (
    <SelectInput
      source="status"
      choices={statusChoices.filter((c) => allowed.has(c.id))}
      defaultValue="draft"
      isRequired
    />
  );
};
