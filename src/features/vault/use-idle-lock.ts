import { useEffect } from 'react';

const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'scroll',
] as const;

/**
 * Calls `onIdle` after `minutes` without any activity in this tab. A hidden tab keeps counting:
 * a laptop left open in a shelter's office must lock whether or not the tab is in front.
 */
export function useIdleLock(minutes: number, onIdle: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const event of ACTIVITY_EVENTS)
      window.addEventListener(event, reset, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY_EVENTS)
        window.removeEventListener(event, reset, { capture: true });
    };
  }, [minutes, onIdle, enabled]);
}
