import { expect, test, unlockDemo } from './fixtures';

/**
 * The application's details save as the user goes (issue 12, acceptance 1): a sworn statement
 * ticked and an e-photo code typed are there after leaving, coming back, a reload and an unlock; a
 * wrong code says so as soon as the field is left.
 */
test('a sworn statement and an e-photo code survive leaving, a reload and an unlock, with no save button; a wrong code is flagged when the field is left', async ({
  page,
}) => {
  test.slow();
  await unlockDemo(page, '/cases');
  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();

  const code = page.getByLabel('Code e-photo (22 chiffres)');
  await code.fill('123456789012345678');
  await code.blur();
  await expect(page.getByText('Le code e-photo compte 22 chiffres.')).toBeVisible();

  await code.fill('1234 5678 9012 3456 7890 12');
  const sworn = page.getByLabel(
    'Déclaration sur l’honneur : a besoin d’un titre pour travailler ou se former',
  );
  await sworn.check();
  await expect(page.getByText('Le code e-photo compte 22 chiffres.')).toHaveCount(0);
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible();

  // Away to the case list and back.
  await page.getByRole('navigation').getByRole('link', { name: 'Dossiers' }).click();
  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();
  await expect(code).toHaveValue('1234567890123456789012');
  await expect(sworn).toBeChecked();

  // A reload locks the vault; unlocked, both are still there.
  await page.reload();
  const passphrase = await page.locator('.banner-demo code').textContent({ timeout: 15_000 });
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(code).toHaveValue('1234567890123456789012');
  await expect(sworn).toBeChecked();
});
