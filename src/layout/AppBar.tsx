import {
  AppBar as RaAppBar,
  LoadingIndicator,
  Logout,
  ToggleThemeButton,
  UserMenu,
  useCanAccess,
} from 'react-admin';
import { useServerMeta } from '../providers/serverMeta';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ResetDemoMenuItem } from './ResetDemoMenuItem';

const Toolbar = () => (
  <>
    <LanguageSwitcher />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);

/**
 * Reset demo data, where the database holds it: for anyone in the in-browser demo (the data
 * is their own), for admins alone on a shared server (it resets everybody's newsroom).
 */
const AppUserMenu = () => {
  const demo = useServerMeta()?.demo;
  const { canAccess } = useCanAccess({ resource: 'demo', action: 'reset' });
  const canReset = Boolean(demo && (demo.resetByAnyone || canAccess));
  return (
    <UserMenu>
      {canReset && <ResetDemoMenuItem shared={!demo?.resetByAnyone} />}
      <Logout />
    </UserMenu>
  );
};

export const AppBar = () => <RaAppBar toolbar={<Toolbar />} userMenu={<AppUserMenu />} />;
