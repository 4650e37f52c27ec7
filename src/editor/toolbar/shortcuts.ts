/** ProseMirror key names ("Mod-Alt-2") shown the way the user's keyboard labels them. */
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const macSymbols: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧' };
const pcNames: Record<string, string> = { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
const ariaNames: Record<string, string> = { Alt: 'Alt', Shift: 'Shift' };

const parts = (keys: string) => keys.split(/-(?!$)/);
const keyCap = (k: string) => (k.length === 1 ? k.toUpperCase() : k);

export const shortcutLabel = (keys: string, mac = isMac()): string =>
  mac
    ? parts(keys)
        .map((k) => macSymbols[k] ?? keyCap(k))
        .join('')
    : parts(keys)
        .map((k) => pcNames[k] ?? keyCap(k))
        .join('+');

/** For aria-keyshortcuts, which names keys as KeyboardEvent.key does. */
export const ariaShortcut = (keys: string, mac = isMac()): string =>
  parts(keys)
    .map((k) => (k === 'Mod' ? (mac ? 'Meta' : 'Control') : (ariaNames[k] ?? keyCap(k))))
    .join('+');
