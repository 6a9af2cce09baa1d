import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/find-chromium';

/** A free port, found once, so two runs (or a running dev server) never collide. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// Set once in the runner's process; its workers inherit the variable and so agree on the port.
process.env.E2E_PORT ??= String(await findFreePort());
process.env.E2E_PRODUCTION_PORT ??= String(await findFreePort());
process.env.E2E_TEAM_PORT ??= String(await findFreePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const productionPort = Number(process.env.E2E_PRODUCTION_PORT);
const productionURL = `http://127.0.0.1:${productionPort}`;
const teamPort = Number(process.env.E2E_TEAM_PORT);
const teamURL = `http://127.0.0.1:${teamPort}`;
// Where `npm run build:demo` put the demo build (DEMO_OUT_DIR lets two checkouts' runs coexist).
const demoDir = process.env.DEMO_OUT_DIR ?? 'dist-demo';
// Where `npm run build` put the production build: the app's own service worker, no mocked API.
const productionDir = process.env.PRODUCTION_OUT_DIR ?? 'dist';
/** The tests of the production build (its offline shell); every other test runs on the demo. */
const PRODUCTION_TESTS = /\/production\/.*\.spec\.ts$/;
/** The tests of two devices sharing one mock association server (Node), on the demo build. */
const TEAM_TESTS = /\/team\/.*\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Two tabs, key derivations and date fields typed segment by segment on a 2-core machine.
  timeout: 45_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'demo', testIgnore: [PRODUCTION_TESTS, TEAM_TESTS] },
    {
      name: 'production',
      testMatch: PRODUCTION_TESTS,
      use: { baseURL: productionURL, serviceWorkers: 'allow' },
    },
    {
      // One server for the project: its tests reset it and run one after another.
      name: 'team',
      testMatch: TEAM_TESTS,
      fullyParallel: false,
      use: { baseURL: teamURL },
    },
  ],
  webServer: [
    {
      // The demo build (mocked API, fictional data), served as production would serve it.
      command: `npx vite preview --mode demo --outDir ${demoDir} --host 127.0.0.1 --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir ${productionDir} --host 127.0.0.1 --port ${productionPort} --strictPort`,
      url: productionURL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The demo build again, with the association's mock server in Node behind its /api proxy.
      command: `npx tsx src/mocks/node-serve-team-demo.ts --port ${teamPort} --out ${demoDir}`,
      url: teamURL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
