/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { UI_LANGUAGES } from './src/i18n/languages';

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

/**
 * The Content-Security-Policy of the built app (decision 010). Everything the app loads is its own:
 * scripts and styles from its origin only, nothing inline; scans are previewed from `blob:` URLs
 * (images, and PDFs in a frame); the mock API's service worker (demo build) is a same-origin
 * script; the only server is the association's, on the same origin (`/api`). WebAssembly may be
 * compiled (`'wasm-unsafe-eval'`, not `eval`): the Argon2id key derivation's worker (decision 011).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  'frame-src blob:',
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The policy in the built index.html (for static hosting, where no header can be set). The dev
 * server is left without it: React's refresh runtime needs an inline script there.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'passerelle:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The app's own service worker, in the production build only (decision 008): it precaches the
 * shell (the HTML, every chunk including the lazy ones — locales, the passphrase checker's
 * dictionaries, the Argon2id worker —, styles, icons) so the app starts with no network after one
 * visit. No runtime caching: no API response and nothing personal ever enters Cache Storage, and
 * `/api` is never answered with the shell. A new version waits for the user (`prompt`).
 */
/**
 * The manifest's English and Dutch words, where a platform reads them (Chromium's manifest
 * localization, `*_localized`): the name is the same in every language, the description is not.
 */
const MANIFEST_TRANSLATIONS = {
  name_localized: { en: 'Passerelle', nl: 'Passerelle' },
  short_name_localized: { en: 'Passerelle', nl: 'Passerelle' },
  description_localized: {
    en: 'Case files, deadlines and residence-permit filings of victims of trafficking supported by an association.',
    nl: 'Dossiers, termijnen en verblijfsaanvragen van slachtoffers van mensenhandel die een vereniging begeleidt.',
  },
};

function appShellWorker(demo: boolean): Plugin[] {
  return VitePWA({
    disable: demo,
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/*.png', 'icons/*.svg'],
    manifest: {
      ...MANIFEST_TRANSLATIONS,
      id: '/',
      name: 'Passerelle',
      short_name: 'Passerelle',
      description:
        'Dossiers, échéances et dépôts de titre de séjour des personnes victimes de traite accompagnées par une association.',
      lang: 'fr',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1f4e79',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // The same minified worker whatever NODE_ENV says (vitest sets it to 'test').
      mode: 'production',
      globPatterns: ['**/*.{js,css,html,svg,png,wasm,woff2,webmanifest}'],
      // The passphrase checker's dictionaries are one chunk of about 1.6 MB.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api(\/|$)/],
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
    },
  });
}

export default defineConfig(({ mode }) => {
  const demo = isDemoMode(mode);
  return {
    plugins: [
      react(),
      mockServiceWorker(demo),
      contentSecurityPolicy(),
      // The date fields' react-aria carries its words ("day", "calendar"…) in 34 languages: keep
      // the UI's own (decision 013).
      optimizeLocales.vite({ locales: UI_LANGUAGES }),
      // No shell worker in the demo modes (msw has the page) nor for the bench's seeding page.
      appShellWorker(demo || mode === 'bench'),
    ],
    define: { __DEMO__: JSON.stringify(demo) },
    build: {
      outDir: mode === 'demo' ? (process.env.DEMO_OUT_DIR ?? 'dist-demo') : 'dist',
      sourcemap: false,
    },
    server: { port: 5173 },
    // The preview server (and the e2e tests on it) also send the policy as a header: a meta
    // policy does not cover the service workers.
    preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
    test: {
      coverage: {
        provider: 'v8',
        include: ['src/**/*.{ts,tsx}'],
        exclude: ['src/**/*.d.ts', 'src/mocks/**', 'src/app/main.tsx', 'src/app/start.tsx'],
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
            // A page rendered whole under jsdom takes seconds on a busy 2-core machine: a ceiling,
            // not a measure (speed is the bench's).
            testTimeout: 15_000,
          },
        },
      ],
    },
  };
});
