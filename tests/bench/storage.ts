/**
 * Browser storage section of `npm run bench`: the app's storage modules in a real Chromium, with
 * its IndexedDB and WebCrypto (not fake-indexeddb). A Vite dev server (mode 'bench': no demo, no
 * msw) serves tests/bench/browser/index.html, whose script imports src/storage/ and measures with
 * performance.now(); this side only starts, waits, prints and always closes both
 * (tests/bench/harness.ts).
 */
import type { Browser } from 'playwright';
import type { StorageBenchResult, StorageBenchWindow } from './browser/types';
import { median, ms, spread, withBenchBrowser, type Figure } from './harness';

const PAGE = '/tests/bench/browser/index.html';
const RUNS = 5;
const TIMEOUT_MS = 5 * 60_000;

async function measure(
  browser: Browser,
  baseUrl: string,
): Promise<{ result: StorageBenchResult; version: string }> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}${PAGE}`);
  try {
    await page.waitForFunction(
      () => typeof (window as Window & StorageBenchWindow).runStorageBench === 'function',
      undefined,
      { timeout: 60_000 },
    );
  } catch (error) {
    throw new Error(`The bench page did not load: ${pageErrors.join('; ') || String(error)}`);
  }
  const result = await page.evaluate(async (runs) => {
    const run = (window as Window & StorageBenchWindow).runStorageBench;
    if (!run) throw new Error('runStorageBench is gone');
    return run(runs);
  }, RUNS);
  return { result, version: browser.version() };
}

function toFigures({ result, version }: { result: StorageBenchResult; version: string }): Figure[] {
  const encrypted = median(result.encryptedWriteMs);
  const plain = median(result.plainWriteMs);
  const { sealMs, commitMs, sealedBulkPutMs } = result.breakdown;
  const runs = `median of ${String(result.runs)}`;
  return [
    { label: 'Chromium', value: version },
    {
      label: 'case files per run',
      value: `${result.cases.toLocaleString('en')} (~${result.contentBytes.toFixed(0)} bytes of content each)`,
    },
    {
      label: `write 10,000 encrypted case files, createMany (${runs})`,
      value: `${ms(encrypted)} (runs: ${spread(result.encryptedWriteMs)})`,
    },
    {
      label: `same records unencrypted, plain Dexie bulkPut (${runs})`,
      value: `${ms(plain)} (runs: ${spread(result.plainWriteMs)})`,
    },
    {
      label: 'encrypted / plain write ratio (target ≤ 2×)',
      value: `${(encrypted / plain).toFixed(2)}×`,
    },
    {
      label: `  of which: parse + seal 10,000 payloads, no IndexedDB (${runs})`,
      value: ms(median(sealMs)),
    },
    {
      label: `  of which: commitChanges, cases + outbox + audit, one transaction (${runs})`,
      value: ms(median(commitMs)),
    },
    {
      label: `  for comparison: the sealed rows alone, plain bulkPut (${runs})`,
      value: ms(median(sealedBulkPutMs)),
    },
    {
      label: `unlock time, PBKDF2-SHA256 600,000 iterations (median of ${String(result.unlockMs.length)})`,
      value: `${ms(median(result.unlockMs))} (runs: ${spread(result.unlockMs)})`,
    },
    {
      label: `decrypt and list 10,000 cases, cases.list() (${runs})`,
      value: `${ms(median(result.listMs))} (runs: ${spread(result.listMs)})`,
    },
  ];
}

export async function benchStorage(): Promise<Figure[]> {
  return withBenchBrowser(
    'storage',
    TIMEOUT_MS,
    { pages: [PAGE.slice(1)], cacheDir: 'node_modules/.vite-bench' },
    async (browser, baseUrl) => toFigures(await measure(browser, baseUrl)),
  );
}
