/**
 * The production build the browser sections of `npm run bench` measure (issue 13): built once per
 * run into a temporary folder, with the case-list seeding page built beside it (mode 'bench', under
 * /__bench/, on the same origin, so it fills the app's own database), served by a static server as
 * a host would serve it (the built Content-Security-Policy as a header, index.html for every route).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startSwappableServer } from '../e2e/production/static-server';
import type { BenchServer } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
/** Where the seeding page's build lives inside the app's folder, and its path from there. */
const BENCH_BASE = '/__bench/';
export const SEED_PAGE_PATH = `${BENCH_BASE}tests/bench/browser/seed-cases.html`;

let building: Promise<string> | undefined;

async function buildAll(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'passerelle-bench-build-'));
  await build({
    configFile: CONFIG,
    root: ROOT,
    mode: 'production',
    logLevel: 'silent',
    build: { outDir: folder, emptyOutDir: true },
  });
  await build({
    configFile: CONFIG,
    root: ROOT,
    mode: 'bench',
    base: BENCH_BASE,
    logLevel: 'silent',
    build: {
      outDir: join(folder, BENCH_BASE),
      emptyOutDir: true,
      rollupOptions: { input: join(ROOT, 'tests/bench/browser/seed-cases.html') },
    },
  });
  return folder;
}

/** The folder of this run's production build (built on first use). */
export function productionBuild(): Promise<string> {
  building ??= buildAll();
  return building;
}

export async function removeProductionBuild(): Promise<void> {
  if (!building) return;
  const folder = await building.catch(() => undefined);
  building = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
}

/** Serves this run's production build on a local port. */
export async function serveProductionBuild(): Promise<BenchServer> {
  const server = await startSwappableServer(await productionBuild());
  return { url: server.url, close: server.close };
}
