import { expect, expectAccessible, test, unlockDemo } from './fixtures';

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
