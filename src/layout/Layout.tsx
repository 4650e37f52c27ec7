import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * No page scrolls sideways, at 390 px nor in Arabic: the content column may shrink below its
 * widest child (flex items default to min-width: auto, so one wide table widened the whole
 * page; react-admin's layout root even asks for fit-content), and a list's table scrolls inside its own card instead of dragging the page along.
 */
const noSidewaysScroll = {
  // react-admin sets min-width: fit-content on the layout itself, for the same effect.
  minWidth: 0,
  '& .RaLayout-content': { minWidth: 0 },
  '& .RaList-content': { overflowX: 'auto' },
};

/** react-admin's layout (with its skip-to-content button) and our app bar and menu. */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={noSidewaysScroll}>
    {children}
  </RaLayout>
);
