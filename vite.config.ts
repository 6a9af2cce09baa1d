/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * Modes: `development` (npm run dev) and `demo` (the e2e build) run with the mocked API and the
 * fictional demo data; `production` holds neither. `__DEMO__` is a compile-time constant so the
 * production bundle drops every demo/mock branch (tests/build checks the built files).
 */
function isDemoMode(mode: string): boolean {
  return mode === 'development' || mode === 'demo';
}

/** Serves msw's worker script in demo modes only, so it never ships in `public/` or in production. */
function mockServiceWorker(enabled: boolean): Plugin {
  const workerPath = require.resolve('msw/mockServiceWorker.js');
  const url = '/mockServiceWorker.js';
  return {
    name: 'passerelle:mock-service-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use(url, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(workerPath));
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(workerPath) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const demo = isDemoMode(mode);
  return {
    plugins: [react(), mockServiceWorker(demo)],
    define: { __DEMO__: JSON.stringify(demo) },
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      sourcemap: false,
    },
    server: { port: 5173 },
    test: {
      coverage: {
        provider: 'v8',
        include: ['src/**/*.{ts,tsx}'],
        exclude: ['src/**/*.d.ts', 'src/mocks/**', 'src/app/main.tsx'],
        reporter: ['text-summary', 'html'],
        thresholds: {
          // Issue #3: the rules are the product; every line and branch of the domain is tested.
          'src/domain/**': { lines: 100, branches: 100, functions: 100, statements: 100 },
        },
      },
      projects: [
        {
          extends: true,
          test: {
            name: 'domain',
            include: ['tests/domain/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            include: ['tests/tooling/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            // Storage and sync run in Node: real Blob and WebCrypto, IndexedDB from fake-indexeddb.
            name: 'storage',
            include: ['tests/{storage,sync}/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/storage-env.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            include: ['tests/{app,queries,features,ui,i18n,mocks}/**/*.test.{ts,tsx}'],
            environment: 'jsdom',
            setupFiles: ['tests/setup/ui.ts'],
          },
        },
      ],
    },
  };
});
