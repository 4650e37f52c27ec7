import { SelectInput, usePermissions, useRecordContext, type SelectInputProps } from 'react-admin';
import { allowedTransitions, type Article, type Role } from '../schemas';

/**
 * **Status**, offering only the steps the signed-in role may take from the saved status (the
 * workflow table in schemas/workflow.ts; the server enforces the same table). Role names are
 * fine here: the workflow itself is defined per role.
 */
export const StatusInput = (props: Partial<SelectInputProps>) => {
  const record = useRecordContext<Article>();
  const { permissions } = usePermissions<Role>();
  const from = record?.status ?? 'draft';
  const choices = allowedTransitions(permissions, from).map((status) => ({
    id: status,
    name: `resources.articles.statuses.${status}`,
  }));
  return (
    <SelectInput
      source="status"
      choices={choices}
      disabled={choices.length === 0}
      helperText="nd.workflow.status_help"
      {...props}
    />
  );
};
