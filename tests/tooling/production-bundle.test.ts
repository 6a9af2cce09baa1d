import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
});

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
      expect(file.text, file.name).not.toMatch(/mockServiceWorker|setupWorker|msw/i);
    }
  });

  it('ships no demo data', () => {
    for (const file of files) {
      expect(file.text, file.name).not.toMatch(
        /Passerelle Démo|Camille Exemple|demo-passerelle|DEMO-FR-0/,
      );
    }
  });
});
