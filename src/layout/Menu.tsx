import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import ScheduleIcon from '@mui/icons-material/Event';

/** Schedule is a page, not a resource: it asks canAccess itself, as resource items do. */
const ScheduleItem = () => {
  const { canAccess } = useCanAccess({ resource: 'schedule', action: 'list' });
  if (!canAccess) return null;
  return (
    <RaMenu.Item to="/schedule" primaryText="nd.layout.menu.schedule" leftIcon={<ScheduleIcon />} />
  );
};

/**
 * The menu in DESIGN.md's order; each resource item hides itself when canAccess says no.
 * Wrapped in a navigation landmark so screen readers can jump to it.
 */
export const Menu = () => {
  const translate = useTranslate();
  return (
    <nav aria-label={translate('nd.layout.menu.label')}>
      <RaMenu>
        <RaMenu.DashboardItem primaryText="nd.layout.menu.dashboard" />
        <RaMenu.ResourceItem name="articles" />
        <ScheduleItem />
        <RaMenu.ResourceItem name="categories" />
        <RaMenu.ResourceItem name="tags" />
        <RaMenu.ResourceItem name="authors" />
        <RaMenu.ResourceItem name="photo-credits" />
        <RaMenu.ResourceItem name="users" />
        <RaMenu.ResourceItem name="activity" />
      </RaMenu>
    </nav>
  );
};
