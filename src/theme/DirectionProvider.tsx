import { CacheProvider } from '@emotion/react';
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { directionOf, type LocaleAwareI18nProvider } from '../providers/i18nProvider';
import { emotionCacheFor } from './emotionCaches';
import { makeThemes } from './themes';

/** The locale whose messages are loaded (it changes when Arabic is ready). */
const useLoadedLocale = (i18nProvider: LocaleAwareI18nProvider) =>
  useSyncExternalStore(i18nProvider.subscribe, () => i18nProvider.getLocale());

/** The direction of the locale whose messages are loaded. */
export const useDirection = (i18nProvider: LocaleAwareI18nProvider) =>
  directionOf(useLoadedLocale(i18nProvider));

interface Props {
  i18nProvider: LocaleAwareI18nProvider;
  children: (themesForDirection: ReturnType<typeof makeThemes>) => ReactNode;
}

/**
 * Puts the emotion cache of the current direction around the admin and hands it its themes,
 * made for the loaded locale (the themes name loading spinners in the UI language).
 */
export const DirectionProvider = ({ i18nProvider, children }: Props) => {
  const locale = useLoadedLocale(i18nProvider);
  const direction = directionOf(locale);
  const themes = useMemo(
    () => makeThemes(direction, i18nProvider.translate('ra.page.loading')),
    // The locale is a dependency: translate() answers in the locale just loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [direction, locale, i18nProvider],
  );
  return <CacheProvider value={emotionCacheFor(direction)}>{children(themes)}</CacheProvider>;
};
