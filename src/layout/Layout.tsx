import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { SessionExpiredDialog } from '../workflow/SessionExpiredDialog';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { SignedOutElsewhere } from './OtherTabs';

/**
 * No page scrolls sideways, at 390 px nor in Arabic. Flex items default to min-width: auto, so
 * one wide table widened its column and then the whole page (react-admin's layout root even
 * asks for fit-content): the content column, and a list's or form's main column beside its
 * aside, may shrink, and a list's table scrolls inside its own wrapper instead.
 */
const noSidewaysScroll = {
  // react-admin sets min-width: fit-content on the layout itself, for the same effect.
  minWidth: 0,
  '& .RaLayout-content, & .RaList-main, & .RaEdit-main, & .RaCreate-main, & .RaShow-main': {
    minWidth: 0,
  },
  // The table scrolls in its own wrapper, not the list card: the card must not clip the bulk
  // actions toolbar, which react-admin draws over the list's top toolbar.
  '& .RaDataTable-tableWrapper, & .RaDatagrid-tableWrapper': { overflowX: 'auto' },
};

/** react-admin's layout (with its skip-to-content button) and our app bar and menu, with the
 * one sign-in dialog an expired session opens over any page; signing out in another tab signs
 * out here too. */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={noSidewaysScroll}>
    {children}
    <SessionExpiredDialog />
    <SignedOutElsewhere />
  </RaLayout>
);
