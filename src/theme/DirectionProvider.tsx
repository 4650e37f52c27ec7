import { CacheProvider } from '@emotion/react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { directionOf, type LocaleAwareI18nProvider } from '../providers/i18nProvider';
import { emotionCaches } from './emotionCaches';
import { themes } from './themes';

/** The direction of the locale whose messages are loaded (it changes when Arabic is ready). */
export const useDirection = (i18nProvider: LocaleAwareI18nProvider) =>
  directionOf(useSyncExternalStore(i18nProvider.subscribe, () => i18nProvider.getLocale()));

interface Props {
  i18nProvider: LocaleAwareI18nProvider;
  children: (themesForDirection: (typeof themes)['ltr']) => ReactNode;
}

/** Puts the emotion cache of the current direction around the admin and hands it its themes. */
export const DirectionProvider = ({ i18nProvider, children }: Props) => {
  const direction = useDirection(i18nProvider);
  return (
    <CacheProvider value={emotionCaches[direction]}>{children(themes[direction])}</CacheProvider>
  );
};
