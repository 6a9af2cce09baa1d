/**
 * Browser storage section of `npm run bench`: the app's storage modules in a real Chromium, with
 * its IndexedDB and WebCrypto (not fake-indexeddb). A Vite dev server (mode 'bench': no demo, no
 * msw) serves tests/bench/browser/index.html, whose script imports src/storage/ and measures with
 * performance.now(); this side only starts, waits, prints and always closes both
 * (tests/bench/harness.ts).
 */
import type { Browser, Page } from 'playwright';
import { ARGON2ID_PARAMS } from '../../src/storage/crypto/argon2id-params';
import type {
  StorageBenchResult,
  StorageBenchWindow,
  SyncBenchResult,
  UnlockBenchResult,
} from './browser/types';
import { median, ms, spread, withBenchBrowser, type Figure } from './harness';

const PAGE = '/tests/bench/browser/index.html';
const RUNS = 5;
const UNLOCKS = 3;
const TIMEOUT_MS = 6 * 60_000;

interface Measured {
  result: StorageBenchResult;
  unlock: UnlockBenchResult;
  sync: SyncBenchResult;
  version: string;
}

/**
 * The unlock figures, each key derivation apart from the rest. (Not with Chromium's CPU throttling:
 * it slows the page's main thread only, not the Argon2id worker nor WebCrypto's PBKDF2.)
 */
function measureUnlocks(page: Page): Promise<UnlockBenchResult> {
  return page.evaluate(async (runs) => {
    const run = (window as Window & StorageBenchWindow).runUnlockBench;
    if (!run) throw new Error('runUnlockBench is gone');
    return run(runs);
  }, UNLOCKS);
}

/** Opens the bench page and waits for its functions. */
async function openStoragePage(browser: Browser, baseUrl: string): Promise<Page> {
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
  return page;
}

async function measure(browser: Browser, baseUrl: string): Promise<Measured> {
  const page = await openStoragePage(browser, baseUrl);
  const result = await page.evaluate(async (runs) => {
    const run = (window as Window & StorageBenchWindow).runStorageBench;
    if (!run) throw new Error('runStorageBench is gone');
    return run(runs);
  }, RUNS);
  const unlock = await measureUnlocks(page);
  const sync = await page.evaluate(() => {
    const run = (window as Window & StorageBenchWindow).runSyncBench;
    if (!run) throw new Error('runSyncBench is gone');
    return run();
  });
  return { result, unlock, sync, version: browser.version() };
}

/** "key derivation X ms, the rest Y ms" for each kind of vault, medians of the runs. */
function unlockFigures(unlock: UnlockBenchResult): Figure[] {
  const { argon2id, pbkdf2 } = unlock;
  const { memoryKiB, passes, parallelism } = ARGON2ID_PARAMS;
  const argon2idParams = `${String(memoryKiB / 1024)} MiB, ${String(passes)} passes, ${String(parallelism)} lane${parallelism === 1 ? '' : 's'}`;
  const part = (values: number[]) => `${ms(median(values))} (runs: ${spread(values)})`;
  const of = <T>(timings: T[], key: keyof T) => timings.map((timing) => Number(timing[key]));
  return [
    {
      label: `unlock, Argon2id vault (${argon2idParams}; in its worker) (median of ${String(argon2id.length)})`,
      value: `key derivation ${ms(median(of(argon2id, 'deriveMs')))}, the rest ${ms(median(of(argon2id, 'restMs')))}`,
    },
    {
      label: '  key derivation (worker created → key back)',
      value: part(of(argon2id, 'deriveMs')),
    },
    { label: '  the rest (vault row, unwrap, repositories)', value: part(of(argon2id, 'restMs')) },
    {
      label: `first unlock of a PBKDF2-SHA256 vault (600,000 iterations) after the update (median of ${String(pbkdf2.length)})`,
      value: `key derivation ${ms(median(of(pbkdf2, 'deriveMs')))}, the move to Argon2id ${ms(median(of(pbkdf2, 'upgradeMs')))}, the rest ${ms(median(of(pbkdf2, 'restMs')))}`,
    },
    { label: '  key derivation, PBKDF2 (WebCrypto)', value: part(of(pbkdf2, 'deriveMs')) },
    { label: '  the move to Argon2id (once per vault)', value: part(of(pbkdf2, 'upgradeMs')) },
    {
      label: '  the rest (vault row, unwraps, new row and audit)',
      value: part(of(pbkdf2, 'restMs')),
    },
  ];
}

function toFigures({ result, unlock, sync, version }: Measured): Figure[] {
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
      label: `decrypt and list 10,000 cases, cases.list() (${runs})`,
      value: `${ms(median(result.listMs))} (runs: ${spread(result.listMs)})`,
    },
    ...unlockFigures(unlock),
    ...syncFigures(sync),
  ];
}

/** Issue 14: the first pull of 10,000 cases (target < 10 s) beside a plain bulkPut, and pushes. */
function syncFigures(sync: SyncBenchResult): Figure[] {
  const count = (n: number) => n.toLocaleString('en');
  return [
    {
      label: `sync: first pull of ${count(sync.cases)} cases into an empty device (target < 10 s)`,
      value: `${ms(sync.firstPullMs)} (${count(sync.pulled)} held after it)`,
    },
    {
      label: `  the same ${count(sync.cases)} sealed rows, plain Dexie bulkPut; ratio`,
      value: `${ms(sync.plainPutMs)}; ${(sync.firstPullMs / sync.plainPutMs).toFixed(1)}×`,
    },
    {
      label: `sync: push of ${count(sync.queuedChanges)} queued changes`,
      value: ms(sync.pushQueuedMs),
    },
    {
      label: `sync: a device's first push of ${count(sync.cases)} cases`,
      value: ms(sync.pushAllMs),
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
