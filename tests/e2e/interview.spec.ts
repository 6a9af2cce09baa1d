import type { Page } from '@playwright/test';
import {
  dateField,
  expect,
  expectAccessible,
  expectDate,
  fillDate,
  readDate,
  test,
  unlockDemo,
} from './fixtures';

/** A new fictional case, and an interview of it started in Arabic; ends on the interview page. */
async function startArabicInterview(page: Page, label: string): Promise<void> {
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill(label);
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  const section = page.getByRole('region', { name: 'Entretiens' });
  await section.getByRole('button', { name: 'Commencer un entretien' }).click();
  await section.getByRole('combobox', { name: 'Langue de la personne' }).selectOption('ar');
  await section.getByRole('button', { name: 'Commencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();
}

/** Answers "yes" to a yes/no question of the interview, found by its French text. */
async function answerYes(page: Page, question: string): Promise<void> {
  const group = page.getByRole('group', { name: question });
  await group.getByRole('radio', { name: /^Oui/ }).click();
  await expect(group.getByRole('radio', { name: /^Oui/ })).toBeChecked();
}

/**
 * Issue 15, first slice: a worker (UI in French) starts an interview with Arabic as the person's
 * language; each question is one row, French beside Arabic, the Arabic cell right to left; the
 * consent opens the next questions; "declined" is kept as such after leaving and coming back.
 */
test('an interview in Arabic: French and Arabic side by side, the Arabic right to left; a declined question stays declined', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-ENTRETIEN');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();

  const section = page.getByRole('region', { name: 'Entretiens' });
  await section.getByRole('button', { name: 'Commencer un entretien' }).click();
  await section.getByRole('combobox', { name: 'Langue de la personne' }).selectOption('ar');
  await section.getByRole('button', { name: 'Commencer', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();
  await expect(page).toHaveTitle(/^Entretien/);
  expect(page.url()).toMatch(/\/cases\/[0-9a-f-]+\/interviews\/[0-9a-f-]+$/);
  const consent = page.getByRole('group', {
    name: 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?',
  });
  const arabic = consent.locator('[lang="ar"]').first();
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(consent.locator('[lang="fr"]').first()).toBeVisible();
  await expectAccessible(page);

  await consent.getByRole('radio', { name: /^Oui/ }).click();
  await expect(consent.getByRole('radio', { name: /^Oui/ })).toBeChecked();
  const declined = page.getByRole('checkbox', { name: 'Ne souhaite pas répondre' }).nth(1);
  await declined.click();
  await expect(declined).toBeChecked();
  await expectAccessible(page);

  // Leave, come back: the answers are kept.
  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  await expect(section.getByText('2 réponses')).toBeVisible();
  await section.getByRole('link', { name: /^Entretien du/ }).click();
  await expect(consent.getByRole('radio', { name: /^Oui/ })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Ne souhaite pas répondre' }).nth(1),
  ).toBeChecked();
});

test('the date of arrival answered goes into the case only when the worker accepts it, with the interview as its source', async ({
  page,
}) => {
  await startArabicInterview(page, 'DEMO-E2E-PROPOSITION');
  await answerYes(page, 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?');
  await answerYes(
    page,
    'Pouvons-nous utiliser vos réponses dans votre dossier, pour vos papiers et vos démarches ?',
  );
  const arrival = page.getByRole('group', {
    name: 'Quelle est la date de votre arrivée dans ce pays ?',
  });
  await fillDate(dateField(arrival, 'Réponse'), '2026-09-14');
  // Saved on leaving the field (not at each digit of the year).
  await page.getByRole('heading', { level: 1, name: 'Entretien' }).click();

  const proposals = page.getByRole('region', { name: 'À reporter dans le dossier' });
  const proposal = proposals.getByRole('group', {
    name: 'Date d’entrée dans le pays : 14 septembre 2026',
  });
  await expect(proposal).toBeVisible();
  await expect(proposal.getByText('Dans le dossier : non renseigné')).toBeVisible();
  await expectAccessible(page);

  // Not accepted yet: the case does not have it.
  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  const arrivedOn = dateField(page, 'Date d’entrée dans le pays');
  await expect(arrivedOn).toBeVisible();
  expect(await readDate(arrivedOn)).toBe('');

  await page
    .getByRole('region', { name: 'Entretiens' })
    .getByRole('link', { name: /^Entretien du/ })
    .click();
  await proposal.getByRole('button', { name: 'Reporter dans le dossier' }).click();
  await expect(proposal).toHaveCount(0);
  await expect(proposals.getByText('Aucune proposition en attente.')).toBeVisible();

  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  await expectDate(arrivedOn, '2026-09-14');
  // Under the field, and in the list of facts taken from an interview, linking back to it.
  const fromInterview = /^D’après l’entretien du \d{1,2}(er)? \p{L}+ \d{4}$/u;
  await expect(page.getByText(fromInterview, { exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: fromInterview }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();
  await expectAccessible(page);
});
