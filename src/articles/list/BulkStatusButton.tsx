import StatusIcon from '@mui/icons-material/PublishedWithChanges';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { Button, usePermissions, useTranslate } from 'react-admin';
import { articleStatuses } from '../../schemas/enums';
import { canTransition } from '../../schemas/workflow';
import type { Role } from '../../schemas';
import { useBulkArticleUpdate } from './useBulkArticleUpdate';

/** "Change status": the statuses this role can give at least some article, from a menu. */
export const BulkStatusButton = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const { run, pending } = useBulkArticleUpdate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const targets = articleStatuses.filter(
    (to) => to !== 'archived' && canTransition(role, 'draft', to),
  );
  return (
    <>
      <Button
        label="resources.articles.bulk.change_status"
        onClick={(e) => setAnchor(e.currentTarget)}
        disabled={pending}
        aria-haspopup="menu"
      >
        <StatusIcon />
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {targets.map((to) => (
          <MenuItem
            key={to}
            onClick={() => {
              setAnchor(null);
              void run((a) =>
                a.status !== to && canTransition(role, a.status, to) ? { status: to } : null,
              );
            }}
          >
            {translate(`resources.articles.statuses.${to}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
