import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `until` (epoch milliseconds), kept current as each second passes: 0 once
 * it has passed (or without one), undefined in the instant between a new `until` and its first count.
 */
export function useSecondsLeft(until: number | undefined): number | undefined {
  const [count, setCount] = useState<{ until: number; seconds: number }>();
  useEffect(() => {
    if (until === undefined) return;
    let timer = 0;
    const tick = () => {
      const left = until - Date.now();
      setCount({ until, seconds: Math.max(0, Math.ceil(left / 1000)) });
      // Wake up as each whole second passes, so the count never lags behind the clock.
      if (left > 0) timer = window.setTimeout(tick, left % 1000 || 1000);
    };
    timer = window.setTimeout(tick, 0);
    return () => window.clearTimeout(timer);
  }, [until]);
  if (until === undefined) return 0;
  return count?.until === until ? count.seconds : undefined;
}
