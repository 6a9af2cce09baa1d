/**
 * `npm run bench`: speed and size figures, printed, never asserted (README keeps the latest run).
 * Each section lives in its own module; this file only runs them in order and prints. The browser
 * sections measure the production build (built once per run, removed at the end), except the
 * storage section, which times the storage layer alone on the dev server's pages.
 */
import { benchCaseList } from './case-list';
import { benchDomain } from './domain';
import type { Figure } from './harness';
import { benchInitialJs } from './initial-js';
import { benchLighthouse } from './lighthouse';
import { removeProductionBuild } from './production';
import { benchStorage } from './storage';

const sections: { title: string; run: () => Promise<Figure[]> | Figure[] }[] = [
  { title: 'Production build: the first screen’s JavaScript', run: benchInitialJs },
  { title: 'Production build: Lighthouse (mobile profile)', run: benchLighthouse },
  { title: 'Domain core', run: benchDomain },
  { title: 'Browser storage (Chromium, IndexedDB, WebCrypto)', run: benchStorage },
  { title: 'Case list and dashboard (Chromium, the production build)', run: benchCaseList },
];

try {
  console.log(`# npm run bench, ${new Date().toISOString().slice(0, 10)}`);
  for (const section of sections) {
    console.log(`\n## ${section.title}`);
    for (const figure of await section.run()) console.log(`- ${figure.label}: ${figure.value}`);
  }
} finally {
  await removeProductionBuild();
}
