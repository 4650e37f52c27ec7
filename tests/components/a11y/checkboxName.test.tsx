import { render, screen } from '@testing-library/react';
import Checkbox from '@mui/material/Checkbox';
import { ThemeProvider, createTheme } from '@mui/material/styles';
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
});
