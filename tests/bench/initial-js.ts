/**
 * The JavaScript a first visit fetches before its first screen answers (issue 13): the scripts and
 * module preloads of index.html, every chunk they import statically, and the app's start (main.tsx
 * imports it at once, after the zod configuration) with the chunks Vite preloads beside it. The
 * pages' and features' own dynamic `import()`s and workers are left out: they load when used.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Figure } from './harness';

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

/** Builds the production app in a temporary folder and prints its initial JavaScript, gzipped. */
export async function benchInitialJs(): Promise<Figure[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-build-'));
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const names = (await readdir(outDir, { recursive: true })).filter(
      (name) => name === 'index.html' || name.endsWith('.js'),
    );
    const files = new Map(
      await Promise.all(
        names.map(async (name) => [name, await readFile(join(outDir, name), 'utf8')] as const),
      ),
    );
    const initial = findInitialChunks(files);
    const gzip = (name: string) => gzipSync(files.get(name) ?? '', { level: 9 }).length;
    const total = [...initial].reduce((sum, name) => sum + gzip(name), 0);
    const all = [...files.keys()]
      .filter((name) => name.endsWith('.js'))
      .reduce((sum, name) => sum + gzip(name), 0);
    return [
      {
        label: 'initial JS (gzip)',
        value: `${Math.round(total / 1024)} KB in ${initial.size} files (target ≤ 170 KB)`,
      },
      { label: 'all JS of the build (gzip)', value: `${Math.round(all / 1024)} KB` },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
