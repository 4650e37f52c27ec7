import HistoryIcon from '@mui/icons-material/History';
import { Button, useCanAccess, useRecordContext, useResourceContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** The activity log filtered on `resource` and `recordId`, as a list URL react-admin reads. */
export const activityPath = (resource: string, recordId: number | string) =>
  `/activity?${new URLSearchParams({
    filter: JSON.stringify({ resource, recordId: Number(recordId) }),
    displayedFilters: JSON.stringify({ recordId: true }),
  })}`;

/**
 * "Activity" on a record's page: its own history in the activity log. Shown only to roles that
 * may open the log (admins). Articles can use it as is in their edit toolbar.
 */
export const RecordActivityButton = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource: 'activity', action: 'list' });
  if (!record || !resource || !canAccess) return null;
  return (
    <Button
      component={Link}
      to={activityPath(resource, record.id)}
      label="resources.activity.record_button"
    >
      <HistoryIcon />
    </Button>
  );
};
