/**
 * Case list section of `npm run bench` (issues 5 and 13): the production build of the app, in
 * Chromium, over 10,000 encrypted case files, at normal speed and with the main thread slowed 4×
 * (DevTools protocol, `Emulation.setCPUThrottlingRate`: workers are not slowed, so the key
 * derivation, in its worker, is printed apart), then over 50,000 at normal speed. A seeding page,
 * built beside the app on its origin (tests/bench/production.ts), makes the vault and the cases in
 * the app's own database; then the app itself at /cases. Timed inside the page by a probe installed before the
 * app's scripts (tests/bench/browser/case-list-probe.ts), so Playwright's round trips never count:
 * the unlock click to the first case rows, and each keystroke in the search box to the filtered rows.
 * Then, in the same vault, the deadlines dashboard (the navigation link's click to its rows), one
 * case opened from the list and its file saved (the save click to the success status), and the way
 * back to the list (the link's click to the rows, and the main thread's long tasks meanwhile), each
 * with the records decrypted from the click until a while after. Printed, never asserted. The database is
 * deleted at the end; the browser and server always close.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import { transformWithOxc } from 'vite';
import {
  SEARCH_KEYS,
  SEARCH_PREFIX,
  type CaseListProbe,
  type CaseListProbeWindow,
  type CaseListSeedResult,
  type CaseListSeedWindow,
  type KeystrokeTiming,
  type StepTiming,
} from './browser/types';
import { median, ms, spread, withBrowserAndServer, type Figure } from './harness';
import { firstScreenFigures, measureFirstScreenJs, type FirstScreenJs } from './initial-js';
import { SEED_PAGE_PATH, productionBuild, serveProductionBuild } from './production';

const SEED_PAGE = SEED_PAGE_PATH;
const APP_PAGE = '/cases';
const PROBE = fileURLToPath(new URL('./browser/case-list-probe.ts', import.meta.url));
/** The bench vault's passphrase: fictional, long and varied enough for the passphrase policy. */
const PASSPHRASE = 'bench-passerelle-2026';
const CASES = 10_000;
/** The larger vault, timed to the first rows at normal speed only. */
const MANY_CASES = 50_000;
/** Main-thread slowdowns: a laptop, then a modest phone (issue 13's targets are at 4×). */
const CPU_RATES = [1, 4] as const;
/** cases.list(), summariseCase and filterCases timed alone on the seeding page. */
const PART_RUNS = 3;
/** Page loads of the app, each unlocked once: the first rows are timed on each. */
const UNLOCKS = 3;
/** Type the search keys, then erase back to the prefix, this many times. */
const SEARCH_ROUNDS = 2;
/** Quiet time after each keystroke's rows, so the next keystroke meets an idle page. */
const SETTLE_MS = 300;
/** After a save or the way back, how long decrypt calls are still counted: late refetches count. */
const DECRYPT_WINDOW_MS = 1_500;
/** Before each timed click, and after a step's window, a wait for this long without decryption. */
const DECRYPT_QUIET_MS = 1_000;
/** The app's French texts, as the pages show them (the context's locale is fr-FR). */
const CASES_LOCALE = fileURLToPath(new URL('../../locales/fr/cases.json', import.meta.url));
const COMMON_LOCALE = fileURLToPath(new URL('../../locales/fr/common.json', import.meta.url));
const TIMEOUT_MS = 20 * 60_000;

interface UnlockTiming {
  clickToRowsMs: number;
  clickToFrameMs: number;
  clickToUnlockedMs: number;
  unlockedToRowsMs: number;
  keyWorkMs: number;
  /** The key derived and unwrapped (the last key call answered) → first rows. */
  keyToRowsMs: number;
  /** The key ready → every case read and assessed (the list's count says it is complete). */
  keyToAllRowsMs: number;
  /** The first rows were the first screenful kept at the last full read. */
  firstRowsPartial: boolean;
  /** The main thread's long tasks from the first rows to every case listed. */
  longTasksUntilAll: { count: number; totalMs: number; longestMs: number };
  /** The cases were read in the case reader's worker (not slowed by the CPU throttling). */
  inWorker: boolean;
  readMs: number;
  decryptMs: number;
  afterDecryptMs: number;
  decryptCalls: number;
  longTasks: { count: number; totalMs: number; longestMs: number };
}

/** A step after the list: the click to what it waits for, or why it could not be measured. */
type StepOutcome =
  | {
      ms: number;
      decryptCalls: number;
      lateDecryptCalls: number;
      /** The main thread's long tasks from the click to the end of the window after it. */
      longTasksMs: number;
    }
  | { failed: string };

/** Everything measured at one CPU rate over the same vault. */
interface RateResult {
  rate: number;
  unlocks: UnlockTiming[];
  keystrokes: KeystrokeTiming[];
  /** Event Timing durations ≥ 16 ms of the search's keystroke interactions, longest per interaction. */
  slowInteractionsMs: number[];
  /** The navigation's "Échéances" link, from the list: click to the dashboard's rows. */
  dashboard: StepOutcome;
  /** One case opened from the list, its "Notes" changed and saved: click to the success status. */
  save: StepOutcome;
  /** Its page's link back to the list: click to the case rows. */
  back: StepOutcome;
}

interface CaseListResult {
  version: string;
  seed: CaseListSeedResult;
  unlockScreen: FirstScreenJs;
  rates: RateResult[];
  many: { seed: CaseListSeedResult; unlocks: UnlockTiming[] };
}

/** The texts of the case page the bench finds its way by, from the app's French locale. */
interface CasePageTexts {
  cases: string;
  deadlines: string;
  notes: string;
  save: string;
  saved: string;
  back: string;
}

async function casePageTexts(): Promise<CasePageTexts> {
  const tree: unknown = JSON.parse(await readFile(CASES_LOCALE, 'utf8'));
  const text = (path: string): string => {
    let node = tree;
    for (const key of path.split('.'))
      node = node !== null && typeof node === 'object' ? Reflect.get(node, key) : undefined;
    if (typeof node !== 'string') throw new Error(`No text at ${path} in ${CASES_LOCALE}`);
    return node;
  };
  const common: unknown = JSON.parse(await readFile(COMMON_LOCALE, 'utf8'));
  const nav: unknown = Reflect.get(common as object, 'nav');
  const deadlines: unknown = Reflect.get(nav as object, 'deadlines');
  const cases: unknown = Reflect.get(nav as object, 'cases');
  if (typeof deadlines !== 'string' || typeof cases !== 'string')
    throw new Error(`No nav.deadlines or nav.cases in ${COMMON_LOCALE}`);
  return {
    cases,
    deadlines,
    notes: text('form.notes'),
    save: text('form.save'),
    saved: text('form.saved'),
    back: text('detail.back'),
  };
}

/**
 * The probe as a classic script for an init script (tests/bench/browser/case-list-probe.ts): types
 * stripped, and the `export {}` that keeps it a module in TypeScript dropped.
 */
async function probeScript(): Promise<string> {
  const { code } = await transformWithOxc(await readFile(PROBE, 'utf8'), PROBE, { lang: 'ts' });
  return code.replace(/^export\s*\{\s*\};?\s*$/gm, '');
}

function readProbe(page: Page): Promise<CaseListProbe | undefined> {
  return page.evaluate(() => {
    const probe = (window as Window & CaseListProbeWindow).caseListProbe;
    // Without its arm() method, which would not survive the trip to Node anyway.
    return probe ? (JSON.parse(JSON.stringify(probe)) as CaseListProbe) : undefined;
  });
}

function toUnlockTiming(probe: CaseListProbe | undefined): UnlockTiming {
  const {
    clickAt,
    unlockedAt,
    firstRowsAt,
    firstRowsFrameAt,
    allRowsAt,
    firstRowsPartial,
    derive,
    decrypt,
    reader,
  } = probe ?? {};
  // The cases are read in the case reader's worker, or (without one) decrypted in the page.
  const inWorker = reader?.firstAskedAt !== undefined && reader.firstAnsweredAt !== undefined;
  const readStart = inWorker ? reader.firstAskedAt : decrypt?.firstAt;
  const readEnd = inWorker ? reader.firstAnsweredAt : decrypt?.lastDoneAt;
  if (
    clickAt === undefined ||
    unlockedAt === undefined ||
    firstRowsAt === undefined ||
    firstRowsFrameAt === undefined ||
    allRowsAt === undefined ||
    readStart === undefined ||
    readEnd === undefined
  )
    throw new Error(`The probe missed a step of the unlock: ${JSON.stringify(probe)}`);
  const tasksBetween = (from: number, to: number) => {
    const tasks = (probe?.longTasks ?? []).filter((task) => task.start >= from && task.start < to);
    return {
      count: tasks.length,
      totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
      longestMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  };
  const keyReadyAt = derive?.lastDoneAt ?? clickAt;
  return {
    clickToRowsMs: firstRowsAt - clickAt,
    clickToFrameMs: firstRowsFrameAt - clickAt,
    clickToUnlockedMs: unlockedAt - clickAt,
    unlockedToRowsMs: firstRowsAt - unlockedAt,
    keyWorkMs: (derive?.lastDoneAt ?? clickAt) - (derive?.firstAt ?? clickAt),
    keyToRowsMs: firstRowsAt - keyReadyAt,
    keyToAllRowsMs: allRowsAt - keyReadyAt,
    firstRowsPartial: firstRowsPartial === true,
    longTasksUntilAll: tasksBetween(firstRowsAt, allRowsAt),
    inWorker,
    readMs: readStart - keyReadyAt,
    decryptMs: readEnd - readStart,
    afterDecryptMs: allRowsAt - readEnd,
    decryptCalls: decrypt?.calls ?? 0,
    longTasks: tasksBetween(clickAt, firstRowsAt),
  };
}

async function seed(page: Page, baseUrl: string, count: number): Promise<CaseListSeedResult> {
  await page.goto(`${baseUrl}${SEED_PAGE}`);
  await page.waitForFunction(
    () => typeof (window as Window & CaseListSeedWindow).seedCaseList === 'function',
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(
    async ([passphrase, count, runs]) => {
      const run = (window as Window & CaseListSeedWindow).seedCaseList;
      if (!run) throw new Error('seedCaseList is gone');
      return run(passphrase, count, runs);
    },
    [PASSPHRASE, count, PART_RUNS] as const,
  );
}

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Slows the page's main thread `rate` times (1: normal speed), through the DevTools protocol.
 * Workers are not slowed: what runs in them is printed apart.
 */
async function setCpuRate(page: Page, rate: number): Promise<void> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  await (await session).send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Opens the app at /cases (a fresh page load: the vault is locked) at `rate`, and times the unlock.
 * With `firstScreen` (the production build's folder), measures first the JavaScript the unlock
 * screen fetched before it answered.
 */
async function unlockOnce(
  page: Page,
  baseUrl: string,
  rate: number,
  firstScreen?: { folder: string; measured?: FirstScreenJs },
): Promise<UnlockTiming> {
  await setCpuRate(page, rate);
  if (firstScreen)
    firstScreen.measured = await measureFirstScreenJs(
      page,
      firstScreen.folder,
      `${baseUrl}${APP_PAGE}`,
    );
  else await page.goto(`${baseUrl}${APP_PAGE}`);
  if (!(await page.evaluate(() => Boolean((window as Window & CaseListProbeWindow).caseListProbe))))
    throw new Error('The case-list probe did not install');
  const field = page.getByLabel('Phrase secrète', { exact: true });
  await field.waitFor({ timeout: 60_000 });
  // The database opens while the screen shows: the unlock is timed from a settled screen.
  await page.waitForLoadState('networkidle');
  await field.fill(PASSPHRASE);
  await page.evaluate(() => (window as Window & CaseListProbeWindow).caseListProbe?.arm());
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await page.waitForFunction(
    () => {
      const probe = (window as Window & CaseListProbeWindow).caseListProbe;
      return probe?.firstRowsFrameAt !== undefined && probe.allRowsAt !== undefined;
    },
    undefined,
    { timeout: 180_000 },
  );
  return toUnlockTiming(await readProbe(page));
}

/**
 * Types the search keys one at a time into the unlocked list, each after the previous one's rows,
 * then erases them: every keystroke changes how many cases are shown, which the probe waits for.
 */
async function typeSearch(page: Page): Promise<CaseListProbe | undefined> {
  const search = page.getByLabel('Rechercher', { exact: true });
  // The prefix matches every case: filled at once, not timed.
  await search.fill(SEARCH_PREFIX);
  await page.waitForTimeout(SETTLE_MS * 2);
  const keys = [...SEARCH_KEYS, ...SEARCH_KEYS.map(() => 'Backspace')];
  let typed = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
    for (const key of keys) {
      await page.keyboard.press(key);
      typed += 1;
      await page.waitForFunction(
        (count) =>
          ((window as Window & CaseListProbeWindow).caseListProbe?.keystrokes.length ?? 0) >= count,
        typed,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(SETTLE_MS);
    }
  }
  return readProbe(page);
}

/**
 * Waits until no record has been decrypted for DECRYPT_QUIET_MS (at most a minute, then goes on):
 * the app refetches after its writes, the form's draft included, and a timed click should meet an
 * idle page.
 */
async function waitForQuietDecryption(page: Page): Promise<void> {
  await page
    .waitForFunction(
      (quietMs) => {
        const probe = (window as Window & CaseListProbeWindow).caseListProbe;
        return performance.now() - (probe?.decryptActivityAt ?? 0) >= quietMs;
      },
      DECRYPT_QUIET_MS,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
}

function readStep(page: Page): Promise<StepTiming | undefined> {
  return page.evaluate(() => {
    const step = (window as Window & CaseListProbeWindow).caseListProbe?.step;
    return step ? (JSON.parse(JSON.stringify(step)) as StepTiming) : undefined;
  });
}

/**
 * Arms the probe for a step, runs `click` (one click on the page), then waits until the probe has
 * seen `selector` (with `text`) and the decrypt window after it has passed. Never throws: what went
 * wrong, with the page's alerts, is the outcome.
 */
async function timeStep(
  page: Page,
  selector: string,
  text: string | undefined,
  click: () => Promise<void>,
): Promise<StepOutcome> {
  try {
    await page.evaluate(
      ([stepSelector, stepText, windowMs]) =>
        (window as Window & CaseListProbeWindow).caseListProbe?.armStep(
          stepSelector,
          stepText ?? undefined,
          windowMs,
        ),
      [selector, text ?? null, DECRYPT_WINDOW_MS] as const,
    );
    await click();
    await page.waitForFunction(
      () => (window as Window & CaseListProbeWindow).caseListProbe?.step?.windowEndAt !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    // Decryption still under way after the window is counted apart, until it stops.
    await waitForQuietDecryption(page);
    const step = await readStep(page);
    if (step?.clickAt === undefined || step.shownAt === undefined || step.windowEndAt === undefined)
      throw new Error(`The probe missed the step: ${JSON.stringify(step)}`);
    const { clickAt, windowEndAt } = step;
    const longTasks = (await readProbe(page))?.longTasks ?? [];
    return {
      ms: step.shownAt - clickAt,
      decryptCalls: step.decryptCalls,
      lateDecryptCalls: step.lateDecryptCalls,
      longTasksMs: longTasks
        .filter((task) => task.start + task.duration > clickAt && task.start < windowEndAt)
        .reduce((sum, task) => sum + task.duration, 0),
    };
  } catch (error) {
    const alerts = await page
      .getByRole('alert')
      .allTextContents()
      .catch(() => []);
    const step = await readStep(page).catch(() => undefined);
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      failed: [
        reason,
        alerts.length > 0 ? `alerts: ${alerts.join(' | ')}` : 'no alert on the page',
        `probe: ${JSON.stringify(step)}`,
      ].join('; '),
    };
  }
}

/** From the unlocked list: the navigation's link to the deadlines dashboard, timed to its rows. */
async function openDashboard(page: Page, texts: CasePageTexts): Promise<StepOutcome> {
  await waitForQuietDecryption(page);
  const outcome = await timeStep(page, 'ul.deadlines li', undefined, () =>
    page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: texts.deadlines })
      .click(),
  );
  // Back to the list through the navigation (not timed: the way back from a case is).
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: texts.cases })
    .click();
  await page.locator('.case-list li').first().waitFor({ timeout: 120_000 });
  return outcome;
}

/**
 * From the unlocked list: opens the first case, changes its "Notes" and saves it (timed), then goes
 * back to the list (timed). The texts come from the app's French locale.
 */
async function saveAndReturn(
  page: Page,
  texts: CasePageTexts,
): Promise<{ save: StepOutcome; back: StepOutcome }> {
  await page.locator('.case-list li').first().getByRole('link').click();
  await page.waitForURL(/\/cases\/[^/]+$/, { timeout: 60_000 });
  const notes = page.getByRole('textbox', { name: texts.notes, exact: true });
  await notes.waitFor({ timeout: 60_000 });
  // Not timed. The form's draft is sealed as it changes, and what that write sets off must be over
  // before the save.
  await notes.fill(`Bench: notes changed at ${new Date().toISOString()}.`);
  await page.waitForTimeout(SETTLE_MS * 2);
  await waitForQuietDecryption(page);
  const save = await timeStep(page, '[role="status"]', texts.saved, () =>
    page.getByRole('button', { name: texts.save, exact: true }).click(),
  );
  await page.waitForTimeout(SETTLE_MS);
  await waitForQuietDecryption(page);
  const back = await timeStep(page, '.case-list li', undefined, () =>
    page.getByRole('link', { name: texts.back, exact: true }).click(),
  );
  return { save, back };
}

/** Every figure at one CPU rate, over the vault already seeded. */
async function measureAtRate(
  page: Page,
  baseUrl: string,
  rate: number,
  texts: CasePageTexts,
  firstScreen?: { folder: string; measured?: FirstScreenJs },
): Promise<RateResult> {
  const unlocks: UnlockTiming[] = [];
  for (let run = 0; run < UNLOCKS; run += 1)
    unlocks.push(await unlockOnce(page, baseUrl, rate, run === 0 ? firstScreen : undefined));
  const probe = await typeSearch(page);
  const longest = new Map<number, number>();
  // The keystrokes only (keydown, keypress, beforeinput, input, keyup), not the unlock's clicks.
  for (const { id, name, duration } of probe?.interactions ?? [])
    if (/^key|input$/.test(name)) longest.set(id, Math.max(duration, longest.get(id) ?? 0));
  const dashboard = await openDashboard(page, texts);
  const { save, back } = await saveAndReturn(page, texts);
  return {
    rate,
    unlocks,
    keystrokes: probe?.keystrokes ?? [],
    slowInteractionsMs: [...longest.values()],
    dashboard,
    save,
    back,
  };
}

async function deleteSeeded(page: Page, baseUrl: string): Promise<void> {
  // The seeding page, on the same origin, deletes the app's database (the app is gone with it).
  await page
    .goto(`${baseUrl}${SEED_PAGE}`)
    .then(() =>
      page.waitForFunction(
        () => typeof (window as Window & CaseListSeedWindow).deleteCaseList === 'function',
      ),
    )
    .then(() => page.evaluate(() => (window as Window & CaseListSeedWindow).deleteCaseList?.()))
    .catch(() => undefined);
}

async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  // No service worker: it would fetch the whole shell into its cache meanwhile, and it is measured
  // by the e2e tests, not here.
  return browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
}

async function measure(browser: Browser, baseUrl: string): Promise<CaseListResult> {
  const folder = await productionBuild();
  const texts = await casePageTexts();
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    const seeded = await seed(page, baseUrl, CASES);
    await page.addInitScript({ content: await probeScript() });
    const firstScreen: { folder: string; measured?: FirstScreenJs } = { folder };
    const rates: RateResult[] = [];
    for (const rate of CPU_RATES)
      rates.push(
        await measureAtRate(page, baseUrl, rate, texts, rate === 1 ? firstScreen : undefined),
      );
    const manySeed = await seed(page, baseUrl, MANY_CASES);
    const manyUnlocks: UnlockTiming[] = [];
    for (let run = 0; run < UNLOCKS; run += 1) manyUnlocks.push(await unlockOnce(page, baseUrl, 1));
    if (!firstScreen.measured) throw new Error('The unlock screen was not measured');
    return {
      version: browser.version(),
      seed: seeded,
      unlockScreen: firstScreen.measured,
      rates,
      many: { seed: manySeed, unlocks: manyUnlocks },
    };
  } catch (error) {
    const detail = pageErrors.length > 0 ? ` (page errors: ${pageErrors.join('; ')})` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${detail}`, {
      cause: error,
    });
  } finally {
    await setCpuRate(page, 1).catch(() => undefined);
    await deleteSeeded(page, baseUrl);
    await context.close().catch(() => undefined);
  }
}

function pick(
  unlocks: UnlockTiming[],
  key: keyof Omit<
    UnlockTiming,
    'longTasks' | 'longTasksUntilAll' | 'inWorker' | 'firstRowsPartial'
  >,
): number[] {
  return unlocks.map((unlock) => unlock[key]);
}

/** The q-th quantile (0–1) of `values`, nearest rank. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

function stepValue(outcome: StepOutcome, target?: string): string {
  if ('failed' in outcome) return `not measured: ${outcome.failed}`;
  const records = outcome.decryptCalls === 1 ? 'record' : 'records';
  const late =
    outcome.lateDecryptCalls > 0
      ? ` (then ${String(outcome.lateDecryptCalls)} more after those ${ms(DECRYPT_WINDOW_MS)})`
      : '';
  const blocked = `main thread in long tasks ${ms(outcome.longTasksMs)}`;
  return `${ms(outcome.ms)}; ${blocked}; ${String(outcome.decryptCalls)} ${records} decrypted${late}${target ? ` (target: ${target})` : ''}`;
}

function part(values: number[]): string {
  return `${ms(median(values))} (runs: ${spread(values)})`;
}

function verdictsOf(seed: CaseListSeedResult): string {
  return Object.entries(seed.verdicts)
    .map(([verdict, count]) => `${verdict} ${String(count)}`)
    .join(', ');
}

function unlockFigures(unlocks: UnlockTiming[], prefix: string, target: string): Figure[] {
  const loads = `median of ${String(unlocks.length)} page loads`;
  const tasks = unlocks.map((unlock) => unlock.longTasks);
  const tasksUntilAll = unlocks.map((unlock) => unlock.longTasksUntilAll);
  const kept = unlocks.map((unlock) => (unlock.firstRowsPartial ? 'kept' : 'none')).join(' / ');
  return [
    {
      label: `${prefix}key ready → first case rows in the DOM (${loads}; target ${target})`,
      value: part(pick(unlocks, 'keyToRowsMs')),
    },
    {
      label: `${prefix}  first rows from the first screenful kept at the previous full read (per load)`,
      value: kept,
    },
    {
      label: `${prefix}  key ready → every case read and assessed (the list complete)`,
      value: part(pick(unlocks, 'keyToAllRowsMs')),
    },
    {
      label: `${prefix}  main-thread long tasks, first rows → list complete (count, total, longest; per load)`,
      value: tasksUntilAll
        .map((task) => `${String(task.count)}, ${ms(task.totalMs)}, ${ms(task.longestMs)}`)
        .join(' | '),
    },
    {
      label: `${prefix}  unlock click → first rows, all included`,
      value: part(pick(unlocks, 'clickToRowsMs')),
    },
    {
      label: `${prefix}  key derivation (Argon2id, in its worker: not slowed) and unwrapping`,
      value: part(pick(unlocks, 'keyWorkMs')),
    },
    ...(unlocks.every((unlock) => unlock.inWorker)
      ? [
          {
            label: `${prefix}  key ready → the cases asked of the case reader's worker`,
            value: part(pick(unlocks, 'readMs')),
          },
          {
            label: `${prefix}  in the worker (not slowed): read, decrypt and check every case`,
            value: part(pick(unlocks, 'decryptMs')),
          },
          {
            label: `${prefix}  worker's answer → list complete (copy, assessment, summaries, render)`,
            value: part(pick(unlocks, 'afterDecryptMs')),
          },
        ]
      : [
          {
            label: `${prefix}  key ready → first decrypt call (IndexedDB read)`,
            value: part(pick(unlocks, 'readMs')),
          },
          {
            label: `${prefix}  first → last decrypt done (${String(median(pick(unlocks, 'decryptCalls')))} decrypt calls per unlock)`,
            value: part(pick(unlocks, 'decryptMs')),
          },
          {
            label: `${prefix}  last decrypt → list complete (parse, assessment, summaries, render)`,
            value: part(pick(unlocks, 'afterDecryptMs')),
          },
        ]),
    {
      label: `${prefix}  main-thread long tasks, click → first rows (count, total, longest; per load)`,
      value: tasks
        .map((task) => `${String(task.count)}, ${ms(task.totalMs)}, ${ms(task.longestMs)}`)
        .join(' | '),
    },
  ];
}

function rateFigures(result: RateResult): Figure[] {
  const prefix = `${String(result.rate)}× CPU: `;
  const dom = result.keystrokes.map((keystroke) => keystroke.domMs);
  const byShown = new Map<string, number[]>();
  for (const keystroke of result.keystrokes) {
    const shown = keystroke.status.match(/\d[\d\s\u202f]*/)?.[0].replace(/\D/g, '') ?? '?';
    byShown.set(shown, [...(byShown.get(shown) ?? []), keystroke.domMs]);
  }
  const slow = result.slowInteractionsMs;
  return [
    ...unlockFigures(result.unlocks, prefix, result.rate === 4 ? '< 1.5 s' : '—'),
    {
      label: `${prefix}search keystroke → filtered rows in the DOM (${String(dom.length)} keystrokes; target p95 < 100 ms at 4×)`,
      value: `median ${ms(median(dom))}, p95 ${ms(quantile(dom, 0.95))}, max ${ms(Math.max(...dom))}`,
    },
    {
      label: `${prefix}  per number of cases shown after the keystroke (DOM, ms)`,
      value: [...byShown.entries()]
        .map(([shown, values]) => `${shown}: ${spread(values)}`)
        .join('; '),
    },
    {
      label: `${prefix}  keystrokes whose urgent update took ≥ 16 ms to paint (Event Timing)`,
      value:
        slow.length === 0
          ? `none of ${String(dom.length)}`
          : `${String(slow.length)} of ${String(dom.length)}, longest ${ms(Math.max(...slow))}`,
    },
    {
      label: `${prefix}deadlines dashboard: the link's click → its rows`,
      value: stepValue(result.dashboard, result.rate === 4 ? '< 1.5 s' : undefined),
    },
    {
      label: `${prefix}save one case file from its page`,
      value: stepValue(result.save),
    },
    {
      label: `${prefix}back to the list after the save: click → rows`,
      value: stepValue(
        result.back,
        result.rate === 4 ? '< 200 ms of main thread in long tasks' : undefined,
      ),
    },
  ];
}

function toFigures(result: CaseListResult): Figure[] {
  const { seed, many } = result;
  return [
    { label: 'Chromium', value: result.version },
    {
      label: 'app build',
      value:
        'the production build, served as static files (no service worker: the e2e tests cover it)',
    },
    ...firstScreenFigures('unlock screen (a device with a vault)', result.unlockScreen),
    {
      label: 'case files',
      value: `${seed.cases.toLocaleString('en')} encrypted, seeded in ${ms(seed.seedMs)}; ${seed.withNextDeadline.toLocaleString('en')} with a next deadline; verdicts: ${verdictsOf(seed)}`,
    },
    ...result.rates.flatMap(rateFigures),
    {
      label: `in-page parts without React, seeding page at 1× (median of ${String(PART_RUNS)}): read the ${seed.cases.toLocaleString('en')} sealed rows`,
      value: part(seed.readMs),
    },
    { label: '  cases.list(): read, decrypt and parse them', value: part(seed.listMs) },
    {
      label: '  summariseCase of each (assessCase, next deadline, search text)',
      value: part(seed.summariseMs),
    },
    ...seed.filters.map((filter) => ({
      label: `  filterCases '${filter.query}' (${filter.shown.toLocaleString('en')} shown, sorted)`,
      value: part(filter.ms),
    })),
    {
      label: `${many.seed.cases.toLocaleString('en')} case files`,
      value: `seeded in ${ms(many.seed.seedMs)}; cases.list() alone ${part(many.seed.listMs)}`,
    },
    ...unlockFigures(
      many.unlocks,
      `1× CPU, ${many.seed.cases.toLocaleString('en')} cases: `,
      'unlock click → first rows < 2 s',
    ),
  ];
}

export async function benchCaseList(): Promise<Figure[]> {
  return withBrowserAndServer(
    'case list',
    TIMEOUT_MS,
    serveProductionBuild,
    async (browser, baseUrl) => toFigures(await measure(browser, baseUrl)),
  );
}
