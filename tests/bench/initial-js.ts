/**
 * The JavaScript a first visit fetches before its first screen answers (issue 13), measured in
 * Chromium on the production build; and, read from the built files, the part index.html imports
 * statically: its scripts and module preloads, every chunk they import statically, and the app's
 * start (main.tsx imports it at once, after the zod configuration) with the chunks Vite preloads
 * beside it. The pages' and features' own dynamic `import()`s and workers load when used.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { withBrowserAndServer, type Figure } from './harness';
import { productionBuild, serveProductionBuild } from './production';

/** `files`: the built files by path from the build's folder ('index.html', 'assets/x.js'). */
export function findInitialChunks(files: ReadonlyMap<string, string>): Set<string> {
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name) || !files.has(name)) return;
    loaded.add(name);
    const folder = name.slice(0, name.lastIndexOf('/') + 1);
    for (const [, imported] of (files.get(name) ?? '').matchAll(
      /\bimport\s*(?:[^'"`()]*?\bfrom\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g,
    ))
      visit(`${folder}${imported ?? ''}`);
  };
  for (const [, entry] of (files.get('index.html') ?? '').matchAll(
    /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g,
  )) {
    visit(entry ?? '');
    // The entry's preload list (`__vite__mapDeps`): the start chunk and what it needs.
    for (const [, preloaded] of (files.get(entry ?? '') ?? '').matchAll(/"(assets\/[\w.-]+\.js)"/g))
      visit(preloaded ?? '');
  }
  return loaded;
}

/** What the first screen fetched: each script's path and its size gzipped, as served. */
export interface FirstScreenJs {
  files: { path: string; gzip: number }[];
  gzip: number;
}

const gzipSize = async (folder: string, path: string) =>
  gzipSync(await readFile(join(folder, path)), { level: 9 }).length;

/**
 * In the page before its scripts: the moment a passphrase field is shown and enabled (the first
 * screen answers input), on the page's own clock.
 */
const FIRST_SCREEN_PROBE = `(() => {
  const answered = () => [...document.querySelectorAll('input[type="password"]')].some(
    (field) => !field.disabled && field.getClientRects().length > 0,
  );
  const observer = new MutationObserver(() => {
    if (window.__firstScreenAt === undefined && answered()) {
      window.__firstScreenAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** A phone on a slow mobile network (DevTools' "Slow 4G"): 150 ms round trips, 1.6 Mbit/s down. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/**
 * Opens `url` over a slow mobile network (then back to full speed) and lists the scripts whose
 * response had arrived when the first screen's passphrase field was shown and enabled, from the
 * page's Resource Timing: what the first screen fetched before it answered input. What the app
 * fetches once the screen is up (the database's chunk, the passphrase checker's dictionaries) is
 * still on its way then, and not counted; over a fast local link it would all have arrived.
 */
export async function measureFirstScreenJs(
  page: Page,
  folder: string,
  url: string,
): Promise<FirstScreenJs> {
  await page.addInitScript({ content: FIRST_SCREEN_PROBE });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as Window & { __firstScreenAt?: number }).__firstScreenAt !== undefined,
      undefined,
      { timeout: 120_000 },
    );
    const paths = await page.evaluate(() => {
      const answeredAt = (window as Window & { __firstScreenAt?: number }).__firstScreenAt ?? 0;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry instanceof PerformanceResourceTiming)
        .filter((entry) => entry.responseEnd <= answeredAt)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'));
    });
    const files = await Promise.all(
      [...new Set(paths)].map(async (path) => ({ path, gzip: await gzipSize(folder, path) })),
    );
    return { files, gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
  } finally {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();
  }
}

export function firstScreenFigures(label: string, measured: FirstScreenJs): Figure[] {
  const largest = [...measured.files].sort((a, b) => b.gzip - a.gzip).slice(0, 6);
  return [
    {
      label: `initial JS (gzip), ${label}: all the JavaScript fetched before it answers input (Slow 4G)`,
      value: `${String(Math.round(measured.gzip / 1024))} KB in ${String(measured.files.length)} files (target ≤ 170 KB)`,
    },
    {
      label: '  largest files',
      value: largest
        .map(
          (file) =>
            `${file.path.replace(/^\/assets\//, '')} ${String(Math.round(file.gzip / 1024))} KB`,
        )
        .join(', '),
    },
  ];
}

/**
 * The production build's JavaScript: what the first visit fetches before the first-run screen
 * answers (measured in Chromium; the unlock screen's is measured by the case-list section, which
 * has a vault), what index.html imports statically, and the whole build.
 */
export async function benchInitialJs(): Promise<Figure[]> {
  const folder = await productionBuild();
  const names = (await readdir(folder, { recursive: true })).filter(
    (name) => !name.startsWith('__bench') && (name === 'index.html' || name.endsWith('.js')),
  );
  const files = new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const),
    ),
  );
  const gzip = (name: string) => gzipSync(files.get(name) ?? '', { level: 9 }).length;
  const kb = (bytes: number) => `${String(Math.round(bytes / 1024))} KB`;
  const initial = findInitialChunks(files);
  const statically = [...initial].filter((name) => name.endsWith('.js'));
  const all = [...files.keys()].filter((name) => name.endsWith('.js'));
  const firstRun = await withBrowserAndServer(
    'first screen',
    3 * 60_000,
    serveProductionBuild,
    async (browser, baseUrl) => {
      // A first visit: nothing cached, no worker (it would only fetch the rest afterwards).
      const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
      try {
        return await measureFirstScreenJs(await context.newPage(), folder, `${baseUrl}/`);
      } finally {
        await context.close();
      }
    },
  );
  return [
    ...firstScreenFigures('first-run screen (a new device)', firstRun),
    {
      label: 'of which imported statically by index.html (the shell, before any screen)',
      value: `${kb(statically.reduce((sum, name) => sum + gzip(name), 0))} in ${String(statically.length)} files`,
    },
    {
      label: 'all JS of the build (gzip)',
      value: kb(all.reduce((sum, name) => sum + gzip(name), 0)),
    },
  ];
}
