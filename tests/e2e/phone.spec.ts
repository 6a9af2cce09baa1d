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
