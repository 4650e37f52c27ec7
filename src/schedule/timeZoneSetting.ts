import { useSyncExternalStore } from 'react';
import { isValidTimeZone, newsroomTimeZone } from '../lib/time';

/**
 * The newsroom time zone, a setting of this browser (localStorage `newsdesk.timeZone`), else
 * VITE_NEWSROOM_TIME_ZONE, else Asia/Baghdad. A newsroom works in one zone whatever the
 * editor's laptop says, so the browser's own zone is never used.
 */
export const TIME_ZONE_KEY = 'newsdesk.timeZone';
const CHANGED = 'newsdesk:time-zone';

const stored = (): string | null => {
  try {
    return localStorage.getItem(TIME_ZONE_KEY);
  } catch {
    return null;
  }
};

export const getNewsroomZone = (): string =>
  newsroomTimeZone(stored() ?? import.meta.env.VITE_NEWSROOM_TIME_ZONE);

export const setNewsroomZone = (zone: string): void => {
  if (!isValidTimeZone(zone)) return;
  localStorage.setItem(TIME_ZONE_KEY, zone);
  window.dispatchEvent(new Event(CHANGED));
};

/** Calls `onChange` whenever the setting changes; returns the unsubscribe function. */
export const subscribeNewsroomZone = (onChange: () => void) => {
  // `storage` carries a change made in another tab; CHANGED one made in this tab.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
};

/** The newsroom zone, re-rendering when the setting changes (here or in another tab). */
export const useNewsroomZone = (): string =>
  useSyncExternalStore(subscribeNewsroomZone, getNewsroomZone);

/** The zones offered: every IANA zone this browser knows, the newsroom's first. */
export const knownZones = (): string[] => {
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes('UTC') ? all : [...all, 'UTC'];
};
