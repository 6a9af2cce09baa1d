import { useEffect, useState } from 'react';

/** The user's local calendar date 'YYYY-MM-DD' (docs/rules.md D1: "today" is the local date). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today, kept current: a laptop left open overnight must not show yesterday's days-left. */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localToday()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
