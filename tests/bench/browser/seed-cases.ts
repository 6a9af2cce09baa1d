/**
 * The case-list bench's seeding page (tests/bench/case-list.ts opens it in Chromium, built beside
 * the production app on its origin: tests/bench/production.ts): makes the vault and 10,000 encrypted case files in the app's own database,
 * times what the list page will compute from them, then closes the database so the app can open it.
 * The case files are obviously fictional (BENCH-00001, 'Fictive', example.invalid addresses,
 * country code ZZ) and the same on every run, but for their dates, which follow today's.
 */
// As the app does first: zod never tries `new Function` under the Content-Security-Policy.
import '../../../src/app/zod-config';
import Dexie from 'dexie';
import {
  NO_FILTERS,
  filterCases,
  summariseCase,
  type CaseSummary,
} from '../../../src/features/cases/case-summaries';
import type { CaseFileContentInput } from '../../../src/domain';
import { DEFAULT_DB_NAME, PasserelleDb } from '../../../src/storage/db';
import { newId } from '../../../src/storage/ids';
import {
  closeStorage,
  createVault,
  getRepositories,
  openStorage,
} from '../../../src/storage/storage';
import { localToday } from '../../../src/ui/use-today';
import { createCaseOverviewCache } from '../../../src/queries/case-overviews';
import { fictionalPerson, pad, type CaseInput } from './fictional-cases';
import { shiftDays } from '../../../src/domain';
import {
  SEARCH_KEYS,
  SEARCH_PREFIX,
  type CaseListSeedResult,
  type CaseListSeedWindow,
} from './types';

const PROCEEDINGS = ['investigation', 'trial', 'appeal'] as const;
/** What the search box holds after each keystroke tests/bench/case-list.ts types. */
const SEARCHES = SEARCH_KEYS.map(
  (_, index) => SEARCH_PREFIX + SEARCH_KEYS.slice(0, index + 1).join(''),
);

/** A reflection period granted within the last 60 days, and for some a complaint since. */
function generateInputs(count: number, today: string): CaseInput[] {
  const recordedAt = new Date().toISOString();
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const person = fictionalPerson(n);
    const granted = shiftDays(today, -(n % 60));
    const timeline: NonNullable<CaseFileContentInput['timeline']> = [
      { id: newId(), event: { type: 'reflection-granted', on: granted }, recordedAt },
    ];
    if (n % 2 === 0)
      timeline.push({
        id: newId(),
        event: { type: 'complaint-filed', on: shiftDays(today, -(Math.floor(n % 60) / 2)) },
        recordedAt,
      });
    return {
      pathway: person.pathway,
      content: {
        label: person.label,
        identity: person.identity,
        contact: {
          email: person.email,
          safeContactNote: 'Fictional bench record. Call only through the shelter office.',
        },
        person: {
          birthDate: `19${pad(70 + (n % 30), 2)}-${pad(1 + (n % 12), 2)}-${pad(1 + (n % 28), 2)}`,
          housing: 'hosted',
          arrivedOn: shiftDays(today, -(90 + (n % 400))),
        },
        situation: {
          contactWithPerpetrators: false,
          proceedings: PROCEEDINGS[n % PROCEEDINGS.length],
        },
        worker: `Intervenante fictive ${String(1 + (n % 5))}`,
        timeline,
      },
    };
  });
}

async function time<T>(action: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await action();
  return { value, ms: performance.now() - start };
}

async function seedCaseList(
  passphrase: string,
  count: number,
  runs: number,
): Promise<CaseListSeedResult> {
  await Dexie.delete(DEFAULT_DB_NAME);
  // The app's own database, the name its main.tsx opens.
  await openStorage({ name: DEFAULT_DB_NAME });
  try {
    await createVault(passphrase);
    const cases = getRepositories().cases;
    const today = localToday();
    const inputs = generateInputs(count, today);
    const seed = await time(() => cases.createMany(inputs));
    // The sealed rows alone, read as list() reads them, through a second connection: no crypto.
    const reader = new PasserelleDb(DEFAULT_DB_NAME);
    await reader.open();

    const regions = new Intl.DisplayNames(['fr'], { type: 'region' });
    const countryName = (code: string) => regions.of(code) ?? code;
    const result: CaseListSeedResult = {
      cases: count,
      seedMs: seed.ms,
      withNextDeadline: 0,
      verdicts: {},
      readMs: [],
      listMs: [],
      summariseMs: [],
      filters: ['', ...SEARCHES].map((query) => ({ query, shown: 0, ms: [] })),
    };
    let summaries: CaseSummary[] = [];
    for (let run = 0; run < runs; run += 1) {
      result.readMs.push(
        (await time(() => reader.cases.orderBy('createdAt').reverse().toArray())).ms,
      );
      const listed = await time(() => cases.list());
      result.listMs.push(listed.ms);
      const summarised = await time(() =>
        createCaseOverviewCache()
          .overviewsOf(listed.value, today)
          .map((overview) => summariseCase(overview, countryName)),
      );
      result.summariseMs.push(summarised.ms);
      summaries = summarised.value;
      for (const filter of result.filters) {
        const filtered = await time(() =>
          filterCases(summaries, { ...NO_FILTERS, query: filter.query }),
        );
        filter.ms.push(filtered.ms);
        filter.shown = filtered.value.length;
      }
    }
    reader.close();
    result.withNextDeadline = summaries.filter((summary) => summary.next).length;
    for (const summary of summaries) {
      const verdict = summary.verdict ?? 'none';
      result.verdicts[verdict] = (result.verdicts[verdict] ?? 0) + 1;
    }
    return result;
  } finally {
    // Leaves the database to the app, which opens it on the next page of the same origin.
    closeStorage();
  }
}

async function deleteCaseList(): Promise<void> {
  closeStorage();
  await Dexie.delete(DEFAULT_DB_NAME);
}

const target = window as Window & CaseListSeedWindow;
target.seedCaseList = seedCaseList;
target.deleteCaseList = deleteCaseList;
