/**
 * `npm run bench`: speed and size figures, printed, never asserted (README keeps the latest run).
 * Each section lives in its own module; this file only runs them in order and prints.
 */
import { benchCaseList } from './case-list';
import { benchDomain } from './domain';
import { benchInitialJs } from './initial-js';
import { benchStorage } from './storage';

interface Figure {
  label: string;
  value: string;
}

const sections: { title: string; run: () => Promise<Figure[]> | Figure[] }[] = [
  { title: 'Production build', run: benchInitialJs },
  { title: 'Domain core', run: benchDomain },
  { title: 'Browser storage (Chromium, IndexedDB, WebCrypto)', run: benchStorage },
  { title: 'Case list (Chromium, the real app)', run: benchCaseList },
];

for (const section of sections) {
  console.log(`\n## ${section.title}`);
  for (const figure of await section.run()) {
    console.log(`- ${figure.label}: ${figure.value}`);
  }
}
