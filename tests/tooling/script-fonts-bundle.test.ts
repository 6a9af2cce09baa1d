import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInitialChunks } from '../bench/initial-js';

/**
 * The fonts of the scripts a device may lack (Ethiopic, Arabic), as a production build ships them:
 * files of the app's own origin (CSP `font-src 'self'`: no data: URL), precached by the shell
 * worker so an interview reads offline, and never loaded with the first screen. No page uses them
 * yet, so the build gets one more entry, a probe that calls `loadScriptFont` (the app's routes
 * are not touched); the interview page's e2e test will take over.
 */
let outDir: string;
let files: Map<string, string>;
const sizes = new Map<string, number>();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'passerelle-fonts-'));
  await build({
    mode: 'production',
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          index: resolve('index.html'),
          probe: resolve('tests/tooling/fixtures/script-fonts-probe.html'),
        },
      },
    },
  });
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  files = new Map();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const name = path.slice(outDir.length + 1);
    files.set(name, await readFile(path, 'utf8'));
    sizes.set(name, (await stat(path)).size);
  }
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const FACES = [
  /^assets\/noto-sans-ethiopic-ethiopic-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-ethiopic-ethiopic-700-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-arabic-arabic-700-normal-[\w-]+\.woff2$/,
];

const fontStylesheets = () =>
  [...files].filter(([name, text]) => name.endsWith('.css') && text.includes('@font-face'));

describe('the script fonts in a production build', () => {
  it('are four woff2 files of their own (two scripts, 400 and 700), small, and nothing else', () => {
    const fonts = [...files.keys()].filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name));
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
      for (const url of urls) expect(files.has((url ?? '').replace(/^\//, '')), url).toBe(true);
    }
  });

  it('are precached by the shell worker, with their stylesheets', () => {
    const worker = files.get('sw.js') ?? '';
    const precached = new Set([...worker.matchAll(/\{url:"([^"]+)"/g)].map(([, url]) => url));
    const needed = [
      ...[...files.keys()].filter((name) => name.endsWith('.woff2')),
      ...fontStylesheets().map(([name]) => name),
    ];
    expect(needed).toHaveLength(FACES.length + 2);
    for (const name of needed) expect(precached.has(name), name).toBe(true);
  });

  it('are not loaded with the first screen: neither its scripts nor its stylesheets name them', () => {
    const start = findInitialChunks(files);
    // The stylesheets the first screen's scripts name (Vite loads a chunk's CSS with it): a
    // superset of those loaded at start, which must not declare or name a font either.
    const startStyles = new Set(
      [...start].flatMap((name) =>
        [...(files.get(name) ?? '').matchAll(/"(assets\/[\w.-]+\.css)"/g)].map(
          ([, css]) => css ?? '',
        ),
      ),
    );
    expect(start.size).toBeGreaterThan(2);
    expect([...startStyles].some((name) => /^assets\/start-[\w-]+\.css$/.test(name))).toBe(true);
    const fontFiles = [
      ...[...files.keys()].filter((name) => name.endsWith('.woff2')),
      ...fontStylesheets().map(([name]) => name),
    ].map((name) => name.replace(/^assets\//, ''));
    for (const name of [...start, ...startStyles]) {
      const text = files.get(name) ?? '';
      expect(text, name).not.toContain('@font-face');
      for (const font of fontFiles) expect(text, `${font} in ${name}`).not.toContain(font);
    }
  });
});
