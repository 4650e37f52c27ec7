import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children from just after the screen's first paint: for what the first paint does
 * not show (a form's hidden tabs), so it does not hold up what it does. The frame's callback
 * runs before that paint, its timer after it.
 */
export const AfterFirstPaint = ({ children }: { children: ReactNode }) => {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return shown ? children : null;
};
