import { FilterButton, TopToolbar } from 'react-admin';

/** Only the filter chooser: the log is written by the server, never by hand. */
export const ActivityActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);
