/**
 * Gives the main thread back to the page (input, rendering) between slices of a long read: the
 * browser's `scheduler.yield()` where it exists (the rest of the work keeps its place in line),
 * otherwise a new task.
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
