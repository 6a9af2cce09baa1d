import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInitialChunks } from '../bench/initial-js';

/** The production build must hold no mocked API and no demo data: they exist for development only. */
let outDir: string;
let files: { name: string; text: string }[];
/** Each file's size in bytes (fonts are binary: their text's length says nothing). */
const sizes = new Map<string, number>();

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
    paths.map(async (path) => {
      const name = path.slice(outDir.length + 1);
      sizes.set(name, (await stat(path)).size);
      return { name, text: await readFile(path, 'utf8') };
    }),
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

const FACES = [
  /^assets\/noto-sans-ethiopic-ethiopic-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-ethiopic-ethiopic-700-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-arabic-arabic-700-normal-[\w-]+\.woff2$/,
];

/**
 * The fonts of the scripts a device may lack, as the interview page loads them (its e2e test checks
 * they draw the text): files of the app's own origin (CSP `font-src 'self'`: no data: URL),
 * precached by the shell worker so an interview reads offline, never loaded with the first screen.
 */
const byName = () => new Map(files.map((file) => [file.name, file.text]));
const fontStylesheets = () =>
  [...byName()].filter(([name, text]) => name.endsWith('.css') && text.includes('@font-face'));

describe('the script fonts (Ethiopic, Arabic) in the production build', () => {
  it('are four woff2 files of their own (two scripts, 400 and 700), small, and nothing else', () => {
    const fonts = [...byName().keys()].filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name));
    expect(fonts).toHaveLength(FACES.length);
    for (const face of FACES) {
      const name = fonts.find((font) => face.test(font));
      expect(name, String(face)).toBeDefined();
      // About 49 to 76 kB each (Ethiopic and Arabic subsets only, fontsource 5.3.0).
      expect(sizes.get(name ?? ''), name).toBeLessThan(100_000);
    }
  });

  it('are declared by stylesheets that point at those files, with no data: URL', () => {
    const stylesheets = fontStylesheets();
    expect(
      stylesheets.map(([, text]) => /font-family:\s*'?"?Noto Sans (\w+)/.exec(text)?.[1]).sort(),
    ).toEqual(['Arabic', 'Ethiopic']);
    for (const [name, text] of stylesheets) {
      expect(text, name).not.toContain('data:');
      const urls = [...text.matchAll(/url\(([^)]+)\)/g)].map(([, url]) => url);
      expect(urls.length, name).toBe(2);
      for (const url of urls) expect(byName().has((url ?? '').replace(/^\//, '')), url).toBe(true);
    }
  });

  it('are precached by the shell worker, with their stylesheets', () => {
    const worker = byName().get('sw.js') ?? '';
    const precached = new Set([...worker.matchAll(/\{url:"([^"]+)"/g)].map(([, url]) => url));
    const needed = [
      ...[...byName().keys()].filter((name) => name.endsWith('.woff2')),
      ...fontStylesheets().map(([name]) => name),
    ];
    expect(needed).toHaveLength(FACES.length + 2);
    for (const name of needed) expect(precached.has(name), name).toBe(true);
  });

  it('are not loaded with the first screen: neither its scripts nor its stylesheets name them', () => {
    const start = chunksLoadedAtStart();
    // The stylesheets the first screen's scripts name (Vite loads a chunk's CSS with it): a
    // superset of those loaded at start, which must not declare or name a font either.
    const startStyles = new Set(
      [...start].flatMap((name) =>
        [...(byName().get(name) ?? '').matchAll(/"(assets\/[\w.-]+\.css)"/g)].map(
          ([, css]) => css ?? '',
        ),
      ),
    );
    expect(start.size).toBeGreaterThan(2);
    expect([...startStyles].some((name) => /^assets\/start-[\w-]+\.css$/.test(name))).toBe(true);
    const fontFiles = [
      ...[...byName().keys()].filter((name) => name.endsWith('.woff2')),
      ...fontStylesheets().map(([name]) => name),
    ].map((name) => name.replace(/^assets\//, ''));
    for (const name of [...start, ...startStyles]) {
      const text = byName().get(name) ?? '';
      expect(text, name).not.toContain('@font-face');
      for (const font of fontFiles) expect(text, `${font} in ${name}`).not.toContain(font);
    }
  });
});
