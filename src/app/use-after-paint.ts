import { startTransition, useEffect, useState } from 'react';

/**
 * True once `on` has been true through a painted frame and the browser then had time to
 * spare: work started then (an interruptible transition) never delays the page that asked
 * for it. Where the browser cannot say when it is idle (Safari), a short wait instead.
 */
export function useAfterPaint(on: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!on) return;
    let idle: (() => void) | undefined;
    // requestAnimationFrame runs just before a paint; an idle callback asked for then runs after it.
    const frame = requestAnimationFrame(() => {
      const ready = () => startTransition(() => setPainted(true));
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(ready, { timeout: 500 });
        idle = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(ready, 50);
        idle = () => clearTimeout(id);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      idle?.();
      setPainted(false);
    };
  }, [on]);
  return on && painted;
}
