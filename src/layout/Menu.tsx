import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import ScheduleIcon from '@mui/icons-material/Event';
import ReviewIcon from '@mui/icons-material/FlagOutlined';

/** Schedule is a page, not a resource: it asks canAccess itself, as resource items do. */
const ScheduleItem = () => {
  const { canAccess } = useCanAccess({ resource: 'schedule', action: 'list' });
  if (!canAccess) return null;
  return (
    <RaMenu.Item to="/schedule" primaryText="nd.layout.menu.schedule" leftIcon={<ScheduleIcon />} />
  );
};

/** The dashboard's traffic-spike tab, for the roles that may mark spikes reviewed. */
const NeedsReviewItem = () => {
  const { canAccess } = useCanAccess({ resource: 'metrics', action: 'review' });
  if (!canAccess) return null;
  return (
    <RaMenu.Item
      to="/?tab=review"
      primaryText="nd.layout.menu.needs_review"
      leftIcon={<ReviewIcon />}
    />
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
        <NeedsReviewItem />
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
