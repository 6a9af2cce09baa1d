import type { Page } from '@playwright/test';
import { CHECKLIST_CODES } from '../../src/domain';
import { expect, test, unlockDemo } from './fixtures';

/** Codes the app uses inside: a person handed their data must never read one (issue 12). */
const INTERNAL_CODES = [
  'fr-trafficking',
  'be-trafficking',
  'reflection-granted',
  'complaint-filed',
  'permit-issued',
  'oqtf-notified',
  'application-filed',
  ...CHECKLIST_CODES,
];

async function openCase(page: Page, label: string): Promise<string> {
  await page.getByLabel('Rechercher').fill(label);
  await page.getByRole('link', { name: new RegExp(label) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(label) })).toBeVisible();
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

/**
 * Right of access (issue 12, acceptance 4): the person's data opens as a readable document in the
 * UI language, every field named in words and no internal code, to print or save as PDF; the JSON
 * file is still offered beside it, for machines.
 */
test('the readable copy of a person’s data names the fields in the UI language, shows no internal code, and keeps the JSON file', async ({
  page,
}) => {
  test.slow();
  await unlockDemo(page, '/cases');
  const caseId = await openCase(page, 'DEMO-FR-010');
  await page
    .getByRole('link', { name: 'Ouvrir la copie lisible des données de la personne' })
    .click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Copie des données de la personne' }),
  ).toBeVisible();
  // The page is named, the person is not: titles stay in the browser's history.
  await expect(page).toHaveTitle('Copie des données de la personne · Passerelle');
  const main = page.getByRole('main');
  const field = (label: string) => main.locator('dt', { hasText: label }).first();
  await expect(field('Prénom(s)')).toBeVisible();
  await expect(main.getByText('Mousse', { exact: true })).toBeVisible();
  await expect(main.getByText('Nigeria', { exact: true })).toBeVisible();
  await expect(main.getByText('Hébergé·e par un particulier', { exact: true })).toBeVisible();
  await expect(main.getByRole('heading', { name: /— OQTF notifiée$/ })).toBeVisible();
  await expect(main.getByRole('heading', { name: /— Plainte déposée$/ })).toBeVisible();
  await expect(main.getByText('Libre', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' })).toBeVisible();

  const text = await main.innerText();
  for (const code of INTERNAL_CODES) expect(text, code).not.toContain(code);
  expect(text).not.toContain(caseId);

  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Télécharger le fichier de données (JSON, pour les machines)' })
    .click();
  expect((await download).suggestedFilename()).toMatch(/^passerelle-dossier-[0-9A-Za-z]{8}\.json$/);

  // In English, the same fields in English words.
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await expect(
    page.getByRole('heading', { level: 1, name: "Copy of the person's data" }),
  ).toBeVisible();
  await expect(field('Given name(s)')).toBeVisible();
  await expect(
    main.getByRole('heading', { name: /— OQTF \(obligation to leave France\) notified$/ }),
  ).toBeVisible();
  const english = await main.innerText();
  for (const code of INTERNAL_CODES) expect(english, code).not.toContain(code);
  await expect(
    page.getByRole('button', { name: 'Download the data file (JSON, for machines)' }),
  ).toBeVisible();
});

test('the list of documents to bring says a missing document in plain words', async ({ page }) => {
  test.slow();
  await unlockDemo(page, '/cases');
  await openCase(page, 'DEMO-FR-001');
  await page
    .getByRole('link', { name: 'Imprimer la liste des documents à apporter, pour la personne' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents à apporter' })).toBeVisible();
  await expect(page).toHaveTitle('Documents à apporter · Passerelle');
  const main = page.getByRole('main');
  await expect(
    main.getByText(/Une lettre datée et signée par la personne qui vous héberge/),
  ).toBeVisible();
  await expect(main.getByText('Rendez-vous le')).toBeVisible();
  const text = await main.innerText();
  for (const code of INTERNAL_CODES) expect(text, code).not.toContain(code);
  expect(text).not.toContain('DEMO-FR-001');
});
