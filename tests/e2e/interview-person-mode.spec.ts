import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, unlockDemo } from './fixtures';

/**
 * Issue 15, "show to the person": the worker hands the device over; the person reads the interview
 * in Arabic only, right to left, and answers; nothing of the app can be reached with the keyboard
 * or the Back button; leaving asks for the vault's passphrase, and the answer is on the page.
 */

const AGREES_FR = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const AGREES_AR = 'هل توافق على الإجابة عن بعض الأسئلة اليوم؟';

/**
 * A new fictional case, and an interview in `language` started from its page; returns the demo
 * vault's passphrase (fictional, shown by the demo's unlock screen).
 */
async function startInterview(page: Page, language: string): Promise<string> {
  const passphrase = await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-PERSONNE');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();

  const section = page.getByRole('region', { name: 'Entretiens' });
  await section.getByRole('button', { name: 'Commencer un entretien' }).click();
  await section.getByRole('combobox', { name: 'Langue de la personne' }).selectOption(language);
  await section.getByRole('button', { name: 'Commencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();
  return passphrase;
}

/** What the keyboard reaches, Tab after Tab: each focused element's role, name and place. */
async function tabThrough(page: Page, presses: number) {
  const reached: { tag: string; role: string; name: string; inMode: boolean; isLink: boolean }[] =
    [];
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement ?? document.body;
        return {
          tag: element.tagName.toLowerCase(),
          role: element.getAttribute('role') ?? '',
          name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
          inMode: element.closest('.person-mode') !== null,
          isLink: element.closest('a[href], nav') !== null,
        };
      }),
    );
  }
  return reached;
}

test('in the person mode the person answers in Arabic, nothing else is reachable, and leaving needs the passphrase', async ({
  page,
}) => {
  // Three key derivations (the unlock, a wrong passphrase, the right one) on a 2-core machine.
  test.slow();
  const passphrase = await startInterview(page, 'ar');
  const pageUrl = page.url();

  await page.getByRole('button', { name: 'Montrer à la personne' }).click();
  const mode = page.getByRole('dialog');
  await expect(mode).toBeVisible();
  await expect(mode).toHaveAttribute('lang', 'ar');
  await expect(mode).toHaveAttribute('dir', 'rtl');
  // The page is still there, under the mode, and inert: out of reach of a tap or a key.
  await expect(
    page.locator('[inert]').getByRole('link', { name: 'Retour au dossier' }),
  ).toHaveCount(1);
  await expect(page.locator('[inert]').getByRole('navigation').first()).toBeAttached();
  await expectAccessible(page);

  // Tab after Tab, only the mode's own controls: no link, no navigation, nothing of the page.
  const reached = await tabThrough(page, 30);
  const outside = reached.filter((element) => element.tag !== 'body' && !element.inMode);
  expect(outside, JSON.stringify(reached, null, 1)).toEqual([]);
  expect(reached.filter((element) => element.isLink)).toEqual([]);
  expect(reached.map((element) => element.name)).toContain('التالي');

  // Escape and the browser's Back leave nothing.
  await page.keyboard.press('Escape');
  await page.goBack();
  await expect(mode).toBeVisible();
  expect(page.url()).toBe(pageUrl);

  // The person answers the consent question themselves.
  await mode.getByRole('button', { name: 'التالي' }).click();
  const consent = mode.getByRole('group', { name: AGREES_AR });
  await expect(mode.getByRole('heading', { name: AGREES_AR })).toBeFocused();
  await consent.getByText('نعم', { exact: true }).click();
  await expect(consent.getByRole('radio', { name: 'نعم' })).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('person-mode-desktop.png') });

  // A wrong passphrase is refused; the mode stays.
  await mode.getByRole('button', { name: 'Quitter ce mode' }).click();
  const field = mode.getByLabel('Phrase secrète');
  await expect(field).toBeFocused();
  await field.fill('pas-la-bonne-phrase-du-tout');
  await mode.getByRole('button', { name: 'Revenir à l’entretien' }).click();
  await expect(mode.getByRole('alert')).toHaveText('Phrase secrète incorrecte.', {
    timeout: 20_000,
  });
  await expect(mode).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('person-mode-leave.png') });

  // The right one: back on the page, the person's answer there.
  await field.fill(passphrase);
  await mode.getByRole('button', { name: 'Revenir à l’entretien' }).click();
  await expect(mode).toBeHidden({ timeout: 20_000 });
  const row = page.getByRole('group', { name: AGREES_FR });
  await expect(row.getByRole('radio', { name: /^Oui/ })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Retour au dossier' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('interview-page.png') });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the person mode fits a phone: large text, nothing wider than the screen', async ({
    page,
  }) => {
    test.slow();
    await startInterview(page, 'ar');
    await page.getByRole('button', { name: 'Montrer à la personne' }).click();
    const mode = page.getByRole('dialog');
    await page.screenshot({ path: test.info().outputPath('person-mode-phone-statements.png') });
    await mode.getByRole('button', { name: 'التالي' }).click();
    await mode.getByRole('group', { name: AGREES_AR }).getByText('نعم', { exact: true }).click();
    await mode.getByRole('button', { name: 'التالي' }).click();
    await expect(mode.getByRole('button', { name: 'السابق' })).toBeInViewport();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('person-mode-phone-question.png') });
  });
});

test('the idle lock still locks in the person mode: the unlock screen shows, not the person’s screen', async ({
  page,
}) => {
  test.slow();
  await page.clock.install();
  await startInterview(page, 'ar');
  await page.getByRole('button', { name: 'Montrer à la personne' }).click();
  const mode = page.getByRole('dialog');
  await expect(mode).toBeVisible();

  // Ten minutes without a touch (the default idle time), and a little more.
  await page.clock.fastForward('10:30');
  await expect(page.getByRole('button', { name: 'Déverrouiller', exact: true })).toBeVisible();
  await expect(mode).toBeHidden();
  await expect(page.getByText(AGREES_AR)).toBeHidden();
  expect(await page.locator('[inert]').count()).toBe(0);
});
