import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Starts the mocked API in the browser (development and the e2e demo build only). */
export async function startMockApi(): Promise<void> {
  const worker = setupWorker(...handlers);
  // quiet: msw would otherwise log every request to the console, and URLs can carry ids.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
