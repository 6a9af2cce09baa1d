import { expect, test, unlockDemo } from './fixtures';

/** A social worker's phone (issue 12, acceptance 3): the first screen shows what matters. */
test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, the case list shows cases on the first screen, and a case shows its name and next deadline', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  const firstRow = page.getByRole('link', { name: /DEMO-/ }).first();
  await expect(firstRow).toBeInViewport();

  // The filters fold away, and open on demand.
  await expect(page.getByLabel('Procédure', { exact: true })).toBeHidden();
  await page.getByText('Filtres et tri').click();
  await expect(page.getByLabel('Procédure', { exact: true })).toBeVisible();

  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /DEMO-FR-002/ })).toBeInViewport();
  const next = page.locator('p', { hasText: 'Prochaine échéance' });
  await expect(next).toBeInViewport();
  await expect(next).toContainText('Dépôt de la demande de renouvellement');
});

test('on a phone, the case’s sections are a link away: the keyboard lands on the section’s heading, the checklist reads as rows, and nothing is wider than the screen', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await page.getByText('Filtres et tri').click();
  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  const sections = page.getByRole('navigation', { name: 'Sections du dossier' });
  await sections.getByRole('link', { name: 'Documents', exact: true }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: 'Documents à réunir' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Rows, not forms: no line's form is open until asked for.
  const documents = page.getByRole('region', { name: 'Documents à réunir' });
  await expect(documents.getByLabel('État')).toHaveCount(0);
  await expect(documents.getByRole('button', { name: /^Modifier : / }).first()).toBeVisible();

  await sections.getByRole('link', { name: 'Chronologie', exact: true }).click();
  await page.getByRole('button', { name: 'Ajouter un événement' }).click();
  await expect(page.getByLabel('Type d’événement')).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
