/**
 * Browser storage section of `npm run bench`: the app's storage modules in a real Chromium, with
 * its IndexedDB and WebCrypto (not fake-indexeddb). A Vite dev server (mode 'bench': no demo, no
 * msw) serves tests/bench/browser/index.html, whose script imports src/storage/ and measures with
 * performance.now(); this side only starts, waits, prints and always closes both.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';
import type { StorageBenchResult, StorageBenchWindow } from './browser/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = '/tests/bench/browser/index.html';
const RUNS = 5;
const TIMEOUT_MS = 5 * 60_000;

interface Figure {
  label: string;
  value: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function spread(values: readonly number[]): string {
  return values.map((value) => value.toFixed(0)).join(' / ');
}

async function startServer(): Promise<ViteDevServer> {
  const server = await createServer({
    root: ROOT,
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    mode: 'bench',
    logLevel: 'silent',
    clearScreen: false,
    // Its own pre-bundle cache, found from the bench page, so a running `npm run dev` is untouched.
    cacheDir: 'node_modules/.vite-bench',
    optimizeDeps: { entries: [PAGE.slice(1)] },
    // No watcher and no HMR: an edit elsewhere in the repo must not reload the page mid-run.
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  return server;
}

function serverUrl(server: ViteDevServer): string {
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no port');
  return `http://127.0.0.1:${String(address.port)}`;
}

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
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The storage bench took longer than ${String(TIMEOUT_MS / 1000)} s`)),
      TIMEOUT_MS,
    );
  });
  const run = async () => {
    server = await startServer();
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
    // Timed out while starting: the cleanup below has already run, so close what came up late.
    if (finished) await close();
    return toFigures(await measure(browser, serverUrl(server)));
  };
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  };
  const running = run();
  // Once the timeout has won, whatever the closed browser makes `run` throw is of no interest.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, timeout]);
  } finally {
    finished = true;
    clearTimeout(timer);
    await close();
  }
}
