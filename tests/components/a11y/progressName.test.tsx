import { render, screen } from '@testing-library/react';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { makeThemes } from '../../../src/theme/themes';

describe('loading indicators in the app theme', () => {
  it('are named "Loading" in the UI language, unless they name themselves', () => {
    render(
      <ThemeProvider theme={createTheme(makeThemes('rtl', 'جارٍ التحميل').light)}>
        <CircularProgress />
        <LinearProgress aria-label="Uploading the photo" />
      </ThemeProvider>,
    );
    expect(screen.getByRole('progressbar', { name: 'جارٍ التحميل' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Uploading the photo' })).toBeTruthy();
  });
});
