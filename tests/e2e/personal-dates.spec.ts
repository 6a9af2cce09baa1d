import { dateField, expect, expectAccessible, fillDate, test, unlockDemo } from './fixtures';

test('a birth date in the future is refused on the case form with a translated message, and nothing already saved is lost', async ({
  page,
}) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-NAISSANCE');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();

  await page.getByLabel('Prénom(s)').fill('Ondine');
  await fillDate(dateField(page, 'Date de naissance'), '1996-02-10');
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();

  await fillDate(dateField(page, 'Date de naissance'), '2027-01-05');
  await fillDate(dateField(page, 'Date d’entrée dans le pays'), '2026-05-01');
  // Checked as it is left: the message is there before any save is tried.
  await expect(
    dateField(page, 'Date de naissance').getByRole('spinbutton', { name: /^jour/ }),
  ).toHaveAccessibleDescription(/Cette date ne peut pas être dans le futur\./);
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  // Each segment of the date (day, month, year) is marked invalid and described by the error.
  const birth = dateField(page, 'Date de naissance').getByRole('spinbutton', { name: /^jour/ });
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await expect(birth).toHaveAccessibleDescription(/Cette date ne peut pas être dans le futur\./);
  // The summary beside the save button names the field.
  const summary = page.getByRole('alert').filter({ hasText: 'n’a pas été enregistré' });
  await expect(summary.getByRole('button', { name: 'Date de naissance' })).toBeVisible();
  await expectAccessible(page);

  // Nothing saved was lost: the stored birth date is still the last valid one.
  await page.reload();
  const passphrase = await page.locator('.banner-demo code').textContent();
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Ondine');
  // The refused input comes back as a draft to correct, never as saved data.
  await expect(
    page.getByText('Votre saisie non enregistrée a été retrouvée', { exact: false }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();
  const birthDate = page.locator('.readiness li').filter({ hasText: 'Date de naissance' });
  await expect(birthDate).toContainText('10 février 1996');
});
