import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInitialChunks } from '../bench/initial-js';

/** The production build must hold no mocked API and no demo data: they exist for development only. */
let outDir: string;
let files: { name: string; text: string }[];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'passerelle-prod-'));
  await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const paths = await listFiles(outDir);
  files = await Promise.all(
    paths.map(async (path) => ({
      name: path.slice(outDir.length + 1),
      text: await readFile(path, 'utf8'),
    })),
  );
  // A whole production build: a few seconds alone, many more while other suites run beside it.
}, 180_000);

function chunksLoadedAtStart(): Set<string> {
  return findInitialChunks(new Map(files.map((file) => [file.name, file.text])));
}

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the production bundle', () => {
  it('is built', () => {
    expect(files.some((file) => file.name === 'index.html')).toBe(true);
    expect(files.some((file) => file.name.endsWith('.js'))).toBe(true);
  });

  it('ships no msw code and no mock service worker', () => {
    expect(files.map((file) => file.name)).not.toContain('mockServiceWorker.js');
    for (const file of files) {
      // `msw` as a word ("[MSW] Mocking enabled"): the passphrase dictionaries hold "Hemsworth".
      expect(file.text, file.name).not.toMatch(/mockServiceWorker|setupWorker|\bmsw\b/i);
    }
  });

  it('keeps the passphrase checker and its dictionaries out of what every page loads', async () => {
    const byName = new Map(files.map((file) => [file.name, file.text]));
    const start = chunksLoadedAtStart();
    // The entry, the app's start and the chunks they share.
    expect(start.size).toBeGreaterThan(2);
    expect([...start].every((name) => byName.has(name))).toBe(true);
    expect([...start].some((name) => /assets\/start-[\w-]+\.js$/.test(name))).toBe(true);

    // A piece of each language pack's largest list, as it is written in the package.
    const samples = await Promise.all(
      [
        '@zxcvbn-ts/language-common/dist/passwords.json.mjs',
        '@zxcvbn-ts/language-en/dist/commonWords.json.mjs',
        '@zxcvbn-ts/language-fr/dist/commonWords.json.mjs',
        '@zxcvbn-ts/language-nl-be/dist/commonWords.json.esm.js',
      ].map(async (path) => {
        const text = await readFile(join('node_modules', path), 'utf8');
        return /(?:decompress\(|= )"([^"\\]{40})/.exec(text)?.[1] ?? `no sample in ${path}`;
      }),
    );
    for (const sample of samples) {
      const holders = files.filter((file) => file.text.includes(sample)).map((file) => file.name);
      expect(holders, sample).toHaveLength(1);
      expect(start.has(holders[0] ?? ''), `${holders[0]} is loaded at start`).toBe(false);
    }
    // The estimator itself (one of its warnings' keys) is not loaded at start either.
    for (const name of start) expect(byName.get(name), name).not.toContain('namesByThemselves');
  });

  it('loads Argon2id (hash-wasm) only to derive a key, in its worker: never with the page', () => {
    // A string of hash-wasm's WebAssembly glue (the name of one of its module's exports).
    const HASH_WASM = 'Hash_SetMemorySize';
    const withThePage = chunksLoadedAtStart();
    expect(withThePage.size).toBeGreaterThan(0);
    for (const name of withThePage) {
      const text = files.find((file) => file.name === name)?.text;
      expect(text, name).toBeDefined();
      expect(text, name).not.toContain(HASH_WASM);
    }
    const worker = files.find((file) => /^assets\/argon2\.worker-[\w-]+\.js$/.test(file.name));
    expect(worker?.text).toContain(HASH_WASM);
  });

  it('leaves the database, the rules, the schemas and the form library out of the first screen', () => {
    // A string each library keeps in its minified code: Dexie, @js-joda/core, zod, react-hook-form.
    const LIBRARIES = {
      Dexie: 'DexieError',
      'js-joda': 'DateTimeException',
      zod: 'ZodError',
      'react-hook-form': 'shouldUnregister',
    };
    const start = chunksLoadedAtStart();
    for (const [library, marker] of Object.entries(LIBRARIES)) {
      const holders = files.filter((file) => file.text.includes(marker)).map((file) => file.name);
      // Built, and loaded later: with the storage session, the first unlock or the first form.
      expect(holders.length, library).toBeGreaterThan(0);
      for (const name of holders) expect(start.has(name), `${library} in ${name}`).toBe(false);
    }
  });

  it('ships no demo data', () => {
    for (const file of files) {
      expect(file.text, file.name).not.toMatch(
        /Passerelle Démo|Camille Exemple|Dominique Exemple|demo-passerelle|DEMO-FR-0/,
      );
    }
  });

  it('has a shell worker that precaches every file the app may load, and answers no API request', () => {
    const worker = files.find((file) => file.name === 'sw.js')?.text ?? '';
    const precached = new Set([...worker.matchAll(/\{url:"([^"]+)"/g)].map(([, url]) => url ?? ''));
    const needed = files
      .map((file) => file.name)
      .filter((name) => /\.(js|css|html|svg|png|wasm|woff2|webmanifest)$/.test(name))
      // The worker and its runtime are not in their own list.
      .filter((name) => name !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(name));
    expect(needed.length).toBeGreaterThan(10);
    for (const name of needed) expect(precached.has(name), name).toBe(true);
    // The locale files (one chunk per language and namespace) are among them.
    expect([...precached].filter((url) => /assets\/common-[\w-]+\.js$/.test(url))).toHaveLength(3);
    // Pages fall back to the shell, never /api; no runtime caching of anything fetched.
    expect(worker).toContain('denylist:[/^\\/api(\\/|$)/]');
    expect(worker).not.toMatch(/registerRoute\((?!new \w+\.NavigationRoute)/);
    expect(worker).not.toMatch(/NetworkFirst|CacheFirst|StaleWhileRevalidate/);
  });

  it('has a web-app manifest with any and maskable icons, in French (English and Dutch beside), standalone', () => {
    const manifest = JSON.parse(
      files.find((file) => file.name === 'manifest.webmanifest')?.text ?? '{}',
    ) as {
      lang?: string;
      display?: string;
      start_url?: string;
      description?: string;
      description_localized?: Record<string, string>;
      icons?: { purpose?: string; src: string }[];
    };
    expect(manifest).toMatchObject({ lang: 'fr', display: 'standalone', start_url: '/' });
    // Where a platform reads them (Chromium's manifest localization): the UI's other languages.
    const descriptions = manifest.description_localized ?? {};
    expect(Object.keys(descriptions).sort()).toEqual(['en', 'nl']);
    expect(new Set([manifest.description, ...Object.values(descriptions)]).size).toBe(3);
    const purposes = (manifest.icons ?? []).map((icon) => icon.purpose);
    expect(purposes).toContain('any');
    expect(purposes).toContain('maskable');
    for (const icon of manifest.icons ?? [])
      expect(
        files.some((file) => `/${file.name}` === icon.src),
        icon.src,
      ).toBe(true);
  });
});
