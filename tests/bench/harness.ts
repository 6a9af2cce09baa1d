/**
 * What the browser sections of `npm run bench` share: the figures' formatting, a Vite dev server in
 * mode 'bench' (no demo, no msw) over the repository, and a headless system Chromium, both always
 * closed, within an overall time limit.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';

export interface Figure {
  label: string;
  value: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

export function spread(values: readonly number[]): string {
  return values.map((value) => value.toFixed(0)).join(' / ');
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchServerOptions {
  /** The HTML pages the section opens, from the repository root: Vite pre-bundles what they import. */
  pages: readonly string[];
  /** The pre-bundle cache, one per section so each finds its own dependencies up front. */
  cacheDir: string;
}

async function startServer({ pages, cacheDir }: BenchServerOptions): Promise<ViteDevServer> {
  const server = await createServer({
    root: ROOT,
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    mode: 'bench',
    logLevel: 'silent',
    clearScreen: false,
    // Its own pre-bundle cache, so a running `npm run dev` is untouched.
    cacheDir,
    optimizeDeps: { entries: [...pages] },
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

/** A server the bench's browser talks to: its address, and how to stop it. */
export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

async function startDevServer(options: BenchServerOptions): Promise<BenchServer> {
  const vite = await startServer(options);
  return { url: serverUrl(vite), close: () => vite.close() };
}

/**
 * Starts the Vite dev server (mode 'bench') and Chromium, runs `use`, and closes both whatever
 * happens, at the latest after `timeoutMs` (then `use` is abandoned and the section throws).
 */
export function withBenchBrowser<T>(
  name: string,
  timeoutMs: number,
  server: BenchServerOptions,
  use: (browser: Browser, baseUrl: string) => Promise<T>,
): Promise<T> {
  return withBrowserAndServer(name, timeoutMs, () => startDevServer(server), use);
}

/**
 * Starts a server (`start`) and Chromium, runs `use`, and closes both whatever happens, at the
 * latest after `timeoutMs` (then `use` is abandoned and the section throws).
 */
export async function withBrowserAndServer<T>(
  name: string,
  timeoutMs: number,
  start: () => Promise<BenchServer>,
  use: (browser: Browser, baseUrl: string) => Promise<T>,
): Promise<T> {
  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The ${name} bench took longer than ${String(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
  });
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  };
  const run = async () => {
    server = await start();
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
    // Timed out while starting: the cleanup below has already run, so close what came up late.
    if (finished) await close();
    return use(browser, server.url);
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
