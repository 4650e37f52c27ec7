import {
  AppBar as RaAppBar,
  LoadingIndicator,
  Logout,
  ToggleThemeButton,
  UserMenu,
} from 'react-admin';
import { isEmbedded } from '../providers/config';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ResetDemoMenuItem } from './ResetDemoMenuItem';

const Toolbar = () => (
  <>
    <LanguageSwitcher />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);

const AppUserMenu = () => (
  <UserMenu>
    {isEmbedded && <ResetDemoMenuItem />}
    <Logout />
  </UserMenu>
);

export const AppBar = () => <RaAppBar toolbar={<Toolbar />} userMenu={<AppUserMenu />} />;
