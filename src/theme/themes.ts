import type { RaThemeOptions } from 'react-admin';
import { defaultDarkTheme, defaultLightTheme } from 'react-admin';
import { deepmerge } from '@mui/utils';
import type { Theme } from '@mui/material/styles';

/**
 * Light and dark themes, each in both directions. Colours are picked for WCAG AA: every
 * text/background pair used here reaches 4.5:1 (tests/components/theme checks the pairs).
 * The Arabic font only covers Arabic code points (unicode-range), so Latin text keeps the
 * system font in both languages.
 */
const fontFamily =
  '"Noto Sans Arabic", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const palettes = {
  light: {
    primary: { main: '#0b57a4', contrastText: '#ffffff' },
    secondary: { main: '#1a2b44', contrastText: '#ffffff' },
    error: { main: '#b3261e', contrastText: '#ffffff' },
    // MUI's default orange (#ed6c02) under white text is 3.1:1: the schedule's clash chips.
    warning: { main: '#b45309', contrastText: '#ffffff' },
    success: { main: '#1b6e35', contrastText: '#ffffff' },
    background: { default: '#f7f8fa', paper: '#ffffff' },
    text: { primary: '#1b1f24', secondary: '#4a5360' },
  },
  dark: {
    mode: 'dark' as const,
    primary: { main: '#8ec5ff', contrastText: '#0b1a2b' },
    secondary: { main: '#b9c8dc', contrastText: '#0b1a2b' },
    error: { main: '#ffb4ab', contrastText: '#3b0906' },
    warning: { main: '#ffb74d', contrastText: '#2b1700' },
    success: { main: '#81c995', contrastText: '#0b2613' },
    background: { default: '#121417', paper: '#1c1f24' },
    text: { primary: '#e8eaed', secondary: '#b4bac3' },
  },
};

/** One visible focus ring for every focusable thing, in the theme's primary colour. */
const focusRing = ({ theme }: { theme: Theme }) => ({
  outline: `2px solid ${theme.palette.primary.main}`,
  outlineOffset: 2,
});

const shared = (direction: 'ltr' | 'rtl', loadingLabel: string): RaThemeOptions => ({
  direction,
  typography: { fontFamily },
  components: {
    // Spinners and loading bars (react-admin's app bar, inputs, buttons) otherwise have no
    // name (axe: aria-progressbar-name); components that name their own keep their name.
    MuiCircularProgress: { defaultProps: { 'aria-label': loadingLabel } },
    MuiLinearProgress: { defaultProps: { 'aria-label': loadingLabel } },
    // Buttons, menu items, tabs, checkboxes: MUI shows only a faint ripple on keyboard focus.
    MuiButtonBase: {
      styleOverrides: {
        root: (props: { theme: Theme }) => ({ '&.Mui-focusVisible': focusRing(props) }),
      },
    },
    // Links and other focusable elements outside MUI's buttons (inputs keep their own border).
    MuiCssBaseline: {
      styleOverrides: (theme: Theme) => ({
        'a:focus-visible, [tabindex]:not(input):focus-visible': focusRing({ theme }),
      }),
    },
    /*
     * react-admin's DataTable puts "Select this row" on the checkbox's wrapper span, where
     * ARIA forbids it, and leaves the input itself unnamed (axe: label, aria-prohibited-attr).
     * Move any aria-label given to a Checkbox onto its input.
     *
     * Its loading placeholder (a grey table shown once a page has loaded for a second) draws
     * checkboxes with no name and no action: hide those from screen readers and the Tab key, as
     * the rest of the placeholder is (axe caught one, in a CI run where a list took that long).
     */
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: (ownerState: CheckboxOwnerState) => ({
            'aria-label': undefined,
            ...(isPlaceholder(ownerState) ? { 'aria-hidden': true } : {}),
          }),
          // A default slotProps.input replaces the deprecated inputProps: carry them over.
          input: (ownerState: CheckboxOwnerState) => ({
            ...ownerState.inputProps,
            ...(ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
            ...(isPlaceholder(ownerState) ? { tabIndex: -1 } : {}),
          }),
        },
      },
    },
    // react-admin's skip button paints white text on the page background: make it legible.
    RaSkipNavigationButton: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          backgroundColor: theme.palette.primary.main,
          color: theme.palette.primary.contrastText,
          '&:hover': { backgroundColor: theme.palette.primary.dark },
        }),
      },
    },
  },
});

interface CheckboxOwnerState {
  'aria-label'?: string;
  'aria-labelledby'?: string;
  inputProps?: { 'aria-label'?: string; 'aria-labelledby'?: string };
  onChange?: unknown;
  onClick?: unknown;
}

/** A checkbox nobody can name or use: a loading placeholder's picture of one. */
const isPlaceholder = (o: CheckboxOwnerState) =>
  !o.onChange &&
  !o.onClick &&
  !o['aria-label'] &&
  !o['aria-labelledby'] &&
  !o.inputProps?.['aria-label'] &&
  !o.inputProps?.['aria-labelledby'];

/** The themes of one direction; `loadingLabel` is "Loading" in the UI language. */
export const makeThemes = (direction: 'ltr' | 'rtl', loadingLabel = 'Loading') => ({
  light: deepmerge(defaultLightTheme, {
    ...shared(direction, loadingLabel),
    palette: palettes.light,
  }) as RaThemeOptions,
  dark: deepmerge(defaultDarkTheme, {
    ...shared(direction, loadingLabel),
    palette: palettes.dark,
  }) as RaThemeOptions,
});

export const themes = { ltr: makeThemes('ltr'), rtl: makeThemes('rtl') };
