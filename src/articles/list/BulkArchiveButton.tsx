import ArchiveIcon from '@mui/icons-material/Archive';
import { Button, usePermissions } from 'react-admin';
import { canTransition } from '../../schemas/workflow';
import type { Role } from '../../schemas';
import { useBulkArticleUpdate } from './useBulkArticleUpdate';

/** Archiving is the newsroom's soft delete; the workflow gives it to admins (schemas/workflow). */
export const BulkArchiveButton = () => {
  const { permissions: role } = usePermissions<Role>();
  const { run, pending } = useBulkArticleUpdate();
  if (!canTransition(role, 'draft', 'archived')) return null;
  return (
    <Button
      label="resources.articles.bulk.archive"
      disabled={pending}
      onClick={() =>
        void run((a) =>
          a.status !== 'archived' && canTransition(role, a.status, 'archived')
            ? { status: 'archived' }
            : null,
        )
      }
    >
      <ArchiveIcon />
    </Button>
  );
};
