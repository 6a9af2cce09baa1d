import type { Page } from '@playwright/test';
import {
  dateField,
  expect,
  expectAccessible,
  expectDate,
  fillDate,
  test,
  unlockDemo,
} from './fixtures';

/** The browser's own calendar date (the rules' "today", D1). */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

function addDays(plainDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = plainDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** As French writes a date: "1er décembre 2026" on the first of the month (src/i18n/format.ts). */
function longFrench(plainDate: string): string {
  const [year = 0, month = 1, day = 1] = plainDate.split('-').map(Number);
  return new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' })
    .format(Date.UTC(year, month - 1, day))
    .replace(/^1 /, '1er ');
}

async function createCase(page: Page, label: string): Promise<void> {
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill(label);
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

async function addEvent(
  page: Page,
  type: string,
  fill: (form: ReturnType<Page['locator']>) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter un événement' }).click();
  const form = page.locator('form.event-form');
  await form.getByLabel('Type d’événement').selectOption({ label: type });
  await fill(form);
  await form.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(form).toHaveCount(0);
}

test('FR-T2: a reflection period granted today ends 29 days later, on the case and on the dashboard; a complaint meets it', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await createCase(page, 'DEMO-E2E-REFLEXION');
  const today = await browserToday(page);
  const end = longFrench(addDays(today, 29));

  await fillDate(dateField(page, 'Date de naissance'), '1995-04-12');
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();

  await addEvent(page, 'Délai de réflexion accordé', (form) =>
    fillDate(dateField(form, 'Date'), today),
  );
  const assessment = page.getByRole('region', { name: 'Évaluation' });
  const reflection = assessment
    .getByRole('listitem')
    .filter({ hasText: 'Fin du délai de réflexion' });
  await expect(reflection).toContainText(`Au plus tard le ${end}`);
  await expect(reflection).toContainText('29 jours restants');
  await expect(reflection).toContainText('Règle FR-T2');
  await expectAccessible(page);

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Échéances/ })
    .click();
  const row = page
    .getByRole('listitem')
    .filter({ hasText: 'DEMO-E2E-REFLEXION' })
    .filter({ hasText: 'Fin du délai de réflexion' });
  await expect(row).toContainText(`Au plus tard le ${end}`);
  await expectAccessible(page);

  await row.getByRole('link', { name: 'DEMO-E2E-REFLEXION' }).click();
  await addEvent(page, 'Plainte déposée', (form) => fillDate(dateField(form, 'Date'), today));
  // A met deadline says what answered it (issue 12).
  await expect(reflection).toContainText('Respectée : plainte déposée le');
  await expect(assessment).toContainText('Situation Éligible');
});

test('FR-G1: a one-year card shows its renewal window, 120 to 60 days before its last valid day; a renewal application meets it', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await createCase(page, 'DEMO-E2E-RENOUVELLEMENT');

  await addEvent(page, 'Titre délivré', async (form) => {
    await form
      .getByLabel('Titre ou document')
      .selectOption({ label: 'Carte de séjour temporaire « vie privée et familiale »' });
    await fillDate(dateField(form, 'Valable à partir du'), '2026-03-01');
    // D2: one year from 2026-03-01 → last valid day 2027-02-28, suggested and filled in.
    await expectDate(dateField(form, 'Dernier jour de validité'), '2027-02-28');
  });
  const window = page
    .getByRole('region', { name: 'Évaluation' })
    .getByRole('listitem')
    .filter({ hasText: 'Dépôt de la demande de renouvellement' });
  await expect(window).toContainText('Du 31 octobre 2026 au 30 décembre 2026');
  await expect(window).toContainText('Règle FR-G1');

  await addEvent(page, 'Demande déposée', async (form) => {
    await form.getByLabel('Demande', { exact: true }).selectOption({ label: 'Renouvellement' });
    await fillDate(dateField(form, 'Date'), '2026-11-02');
  });
  await expect(window).toContainText('Respectée');
});

test('an event cannot end before it starts, nor happen in the future: a clear message, nothing saved', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await createCase(page, 'DEMO-E2E-ERREURS');
  await page.getByRole('button', { name: 'Ajouter un événement' }).click();
  const form = page.locator('form.event-form');
  await form.getByLabel('Type d’événement').selectOption({ label: 'Titre délivré' });
  await fillDate(dateField(form, 'Valable à partir du'), '2026-03-01');
  await fillDate(dateField(form, 'Dernier jour de validité'), '2026-02-01');
  await form.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(form.getByText('La fin ne peut pas précéder le début.')).toBeVisible();

  await form.getByLabel('Type d’événement').selectOption({ label: 'Plainte déposée' });
  await fillDate(dateField(form, 'Date'), '2099-01-01');
  await form.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(form.getByText('Cette date ne peut pas être dans le futur.')).toBeVisible();
  await form.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('Aucun événement.', { exact: false })).toBeVisible();
});

test('FR-T9: a minor of 16 with divorced parents shows the majority deadline and the findings, in French and in English', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await createCase(page, 'DEMO-E2E-MINEURE');
  const today = await browserToday(page);
  const birth = `${Number(today.slice(0, 4)) - 16}-01-15`;
  const eighteen = `${Number(today.slice(0, 4)) + 2}-01-15`;

  await fillDate(dateField(page, 'Date de naissance'), birth);
  await page.getByLabel('Autorité parentale').selectOption({ label: 'Parents divorcés' });
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();

  const assessment = page.getByRole('region', { name: 'Évaluation' });
  const majority = assessment.getByRole('listitem').filter({ hasText: '18 ans de la personne' });
  // The 18th birthday only marks a moment (a milestone), not a deadline to act by.
  await expect(majority).toContainText(`Le ${longFrench(eighteen)}`);
  await expect(majority).toContainText('Règle FR-T9');
  await expect(assessment).toContainText('Aucune plainte ni aucun témoignage n’est enregistré');
  await expectAccessible(page);

  await page.getByLabel('Langue de l’interface').selectOption('en');
  const assessmentEn = page.getByRole('region', { name: 'Assessment' });
  await expect(assessmentEn.getByRole('listitem').filter({ hasText: 'turns 18' })).toContainText(
    'Rule FR-T9',
  );
  await expect(assessmentEn).toContainText('No complaint or testimony is recorded');
  await expect(page.getByText('Aucune plainte')).toHaveCount(0);
  await expectAccessible(page);
});

test('what was typed in the case form survives an idle lock', async ({ page }) => {
  await page.clock.install();
  await unlockDemo(page, '/cases');
  await createCase(page, 'DEMO-E2E-BROUILLON');
  await page.getByLabel('Prénom(s)').fill('Saisie en cours');
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Saisie en cours');
  await page.waitForTimeout(300);

  await page.clock.fastForward('10:05');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
  ).toBeVisible();
  await expect(page.getByText('Saisie en cours')).toHaveCount(0);

  const passphrase = await page.locator('.banner-demo code').textContent();
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Saisie en cours');
  await expect(
    page.getByText('Votre saisie non enregistrée a été retrouvée', { exact: false }),
  ).toBeVisible();
});

test('the whole reflection-period flow works with the keyboard only', async ({ page }) => {
  await unlockDemo(page, '/cases');
  const today = await browserToday(page);
  // Tab from the page's start to the "Nouveau dossier" link, then on through the form.
  const tabTo = async (
    name: RegExp | string,
    role: 'link' | 'button' | 'textbox' | 'combobox' | 'radio' | 'spinbutton',
  ) => {
    const target = page.getByRole(role, { name, exact: typeof name === 'string' });
    for (let presses = 0; presses < 60; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
        return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Could not reach ${String(name)} with Tab`);
  };
  const [year = '', month = '', day = ''] = today.split('-');
  /**
   * Types today into the date field whose first segment has the focus, as a person would: the
   * app is in French, so day, month, year, whatever the browser's own order.
   */
  const typeToday = async (field: ReturnType<Page['getByRole']>) => {
    await page.keyboard.type(`${day}${month}${year}`);
    await expectDate(field, today);
  };
  await tabTo('Nouveau dossier', 'link');
  await page.keyboard.press('Enter');
  await tabTo('Pseudonyme ou numéro de dossier', 'textbox');
  await page.keyboard.type('DEMO-E2E-CLAVIER');
  await tabTo('Créer le dossier', 'button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'DEMO-E2E-CLAVIER' })).toBeVisible();

  await tabTo('Ajouter un événement', 'button');
  await page.keyboard.press('Enter');
  await tabTo(/^jour, *Date$/, 'spinbutton');
  await typeToday(dateField(page, 'Date'));
  await tabTo('Enregistrer l’événement', 'button');
  await page.keyboard.press('Enter');
  const reflection = page
    .getByRole('region', { name: 'Évaluation' })
    .getByRole('listitem')
    .filter({ hasText: 'Fin du délai de réflexion' });
  await expect(reflection).toContainText(`Au plus tard le ${longFrench(addDays(today, 29))}`);

  await tabTo('Ajouter un événement', 'button');
  await page.keyboard.press('Enter');
  await tabTo('Type d’événement', 'combobox');
  await page.keyboard.press('ArrowDown');
  await tabTo(/^jour, *Date$/, 'spinbutton');
  await typeToday(dateField(page, 'Date'));
  await tabTo('Enregistrer l’événement', 'button');
  await page.keyboard.press('Enter');
  await expect(reflection).toContainText('Respectée');
  await expect(page.getByRole('region', { name: 'Évaluation' })).toContainText(
    'Situation Éligible',
  );
});
