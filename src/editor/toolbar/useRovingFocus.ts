import { useTheme } from '@mui/material/styles';
import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * WAI-ARIA toolbar pattern: one Tab stop, arrow keys (mirrored in right-to-left), Home and End
 * move between the buttons, skipping disabled ones.
 */
export const useRovingFocus = (count: number, isEnabled: (index: number) => boolean) => {
  const rtl = useTheme().direction === 'rtl';
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const enabled = Array.from({ length: count }, (_, i) => i).filter(isEnabled);
  // If the remembered button became disabled (undo with nothing to undo), keep a Tab stop.
  const tabStop = enabled.includes(current) ? current : (enabled[0] ?? -1);

  const move = (to: number) => {
    setCurrent(to);
    refs.current[to]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = enabled.indexOf(tabStop);
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let to: number | undefined;
    if (step) to = enabled[(at + step + enabled.length) % enabled.length];
    else if (event.key === 'Home') to = enabled[0];
    else if (event.key === 'End') to = enabled[enabled.length - 1];
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  };

  return {
    onKeyDown,
    itemProps: (index: number) => ({
      tabIndex: index === tabStop ? 0 : -1,
      ref: (el: HTMLButtonElement | null) => {
        refs.current[index] = el;
      },
      onFocus: () => setCurrent(index),
    }),
  };
};
