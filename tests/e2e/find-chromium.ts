import { existsSync } from 'node:fs';

/** Where a system Chromium or Chrome may be; Playwright never downloads a browser of its own here. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no browser there.`);
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found for the end-to-end tests.',
      'Install one, e.g. on Debian/Ubuntu: sudo apt-get install chromium',
      'or point CHROMIUM_PATH at a Chromium/Chrome executable.',
      `Looked in: ${CANDIDATES.join(', ')}`,
    ].join('\n'),
  );
}

/**
 * Flags for a headless, offline-quiet Chromium: as root the sandbox must go, and background
 * networking is off so the browser itself never phones home (the machine's network is closed).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
