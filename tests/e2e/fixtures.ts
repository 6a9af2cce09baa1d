import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not an inline <script>: the page's
  // Content-Security-Policy (no inline scripts) stays in force during the checks.
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious,
    `axe on ${new URL(page.url()).pathname}:\n${JSON.stringify(serious, null, 2)}`,
  ).toEqual([]);
}

/**
 * Opens the demo app at `path` and unlocks it as a new user would: with the demo passphrase the
 * unlock screen states (returned: a test may need it again). The first visit of a fresh browser
 * context creates the demo vault.
 */
export async function unlockDemo(page: Page, path = '/cases'): Promise<string> {
  await page.goto(path);
  const passphrase = await page.locator('.banner-demo code').textContent({ timeout: 15_000 });
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller', exact: true })).toBeVisible({
    timeout: 15_000,
  });
  return passphrase ?? '';
}

/**
 * A date field (src/ui/date-field.tsx) by its label: the group of its day, month and year
 * segments. Its label also names each segment and the calendar button, so `getByLabel` finds
 * several elements; this finds the field itself.
 */
export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

type SegmentType = 'day' | 'month' | 'year';

/** The segments of a date field in the order the UI language shows them. */
async function segmentOrder(field: Locator): Promise<SegmentType[]> {
  const types = await field
    .getByRole('spinbutton')
    .evaluateAll((segments) => segments.map((segment) => segment.getAttribute('data-type')));
  return types.filter(
    (type): type is SegmentType => type === 'day' || type === 'month' || type === 'year',
  );
}

/** Types a plain date (`YYYY-MM-DD`) into a date field as a person would: its segments in order. */
export async function fillDate(field: Locator, isoDate: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const digits: Record<SegmentType, string> = { day, month, year };
  const order = await segmentOrder(field);
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(order.map((type) => digits[type]).join(''));
  await expect.poll(() => readDate(field)).toBe(isoDate);
}

/** The plain date (`YYYY-MM-DD`) a date field shows, or '' while a segment is empty. */
export async function readDate(field: Locator): Promise<string> {
  const parts = await field
    .getByRole('spinbutton')
    .evaluateAll((segments) =>
      segments.map((segment) => [
        segment.getAttribute('data-type') ?? '',
        segment.getAttribute('aria-valuenow') ?? '',
      ]),
    );
  const value = Object.fromEntries(parts) as Partial<Record<string, string>>;
  if (!value.year || !value.month || !value.day) return '';
  return `${value.year.padStart(4, '0')}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
}

/** Waits until a date field shows this plain date (`YYYY-MM-DD`). */
export async function expectDate(field: Locator, isoDate: string): Promise<void> {
  await expect.poll(() => readDate(field)).toBe(isoDate);
}

/**
 * Every test gets a fresh browser context (so a fresh IndexedDB), and every page it ends on is
 * checked with axe, on top of the explicit checks the tests make on each page they visit.
 */
export const test = base.extend<{ axeAfterEach: void; noPolicyViolation: void }>({
  axeAfterEach: [
    async ({ page }, use) => {
      await use();
      if (page.url().startsWith('http')) await expectAccessible(page);
    },
    { auto: true },
  ],
  // Every page of every test records what the Content-Security-Policy blocked: nothing may be.
  noPolicyViolation: [
    async ({ context }, use) => {
      await context.addInitScript(() => {
        const violations: string[] = [];
        Object.assign(window, { cspViolations: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await use();
      for (const page of context.pages()) {
        if (!page.url().startsWith('http')) continue;
        const violations = await page.evaluate(
          () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
        );
        expect(violations, `policy violations on ${new URL(page.url()).pathname}`).toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
