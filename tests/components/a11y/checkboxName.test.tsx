import { render, screen, waitFor } from '@testing-library/react';
import Checkbox from '@mui/material/Checkbox';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import {
  AdminContext,
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  memoryStore,
  type ListControllerResult,
} from 'react-admin';
import { describe, expect, it } from 'vitest';
import { themes } from '../../../src/theme/themes';

const renderInTheme = (ui: React.ReactElement) =>
  render(<ThemeProvider theme={createTheme(themes.ltr.light)}>{ui}</ThemeProvider>);

describe('checkboxes in the app theme', () => {
  it('name the input with the aria-label given to the checkbox (DataTable row selection)', () => {
    const { container } = renderInTheme(<Checkbox aria-label="Select this row" />);
    expect(screen.getByRole('checkbox', { name: 'Select this row' }).tagName).toBe('INPUT');
    // The wrapper span, where ARIA forbids a label, no longer carries it.
    expect(container.querySelectorAll('[aria-label]')).toHaveLength(1);
  });

  it('keep labels and attributes passed the older way, through inputProps', () => {
    renderInTheme(<Checkbox inputProps={{ 'aria-label': 'Select all', name: 'all' }} />);
    const input = screen.getByRole('checkbox', { name: 'Select all' });
    expect(input.getAttribute('name')).toBe('all');
  });

  it('hide a list still loading: no unnamed checkbox for a screen reader or the Tab key', async () => {
    // A list whose page has not come yet: after a second DataTable draws its grey placeholder,
    // with a checkbox per fake row that has no name and does nothing.
    const pending = {
      data: undefined,
      total: undefined,
      isPending: true,
      isLoading: true,
      isFetching: true,
      resource: 'articles',
      selectedIds: [],
      sort: { field: 'id', order: 'ASC' },
      filterValues: {},
      displayedFilters: {},
      page: 1,
      perPage: 25,
    } as unknown as ListControllerResult;
    const { container } = render(
      <AdminContext store={memoryStore()} theme={themes.ltr.light}>
        <ResourceContextProvider value="articles">
          <ListContextProvider value={pending}>
            <DataTable>
              <DataTable.Col source="title" />
            </DataTable>
          </ListContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
    await waitFor(
      () => expect(container.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(1),
      { timeout: 3_000 },
    );
    const drawn = container.querySelectorAll('input[type="checkbox"]');
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    for (const input of drawn) expect(input.getAttribute('tabindex')).toBe('-1');
  });
});
