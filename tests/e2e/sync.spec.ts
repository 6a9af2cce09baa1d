import { expect, expectAccessible, test, unlockDemo } from './fixtures';

/**
 * Sharing with the team (issue 14), on one device against the demo's association server: the
 * first device starts the team, its cases are shared, a new case waits as a change to share until
 * it is; after a reload the team and what the server holds are still there.
 */
test('the first device starts the team: its cases are shared, a new one waits until it is, and a reload keeps it all', async ({
  page,
}) => {
  const header = page.getByRole('banner');
  await unlockDemo(page, '/settings');
  await expect(page.getByText('Cet appareil ne partage pas encore ses dossiers.')).toBeVisible();
  await expect(header.getByText('Partagé', { exact: true })).toHaveCount(0);

  await page
    .getByRole('button', { name: 'Commencer le partage (premier appareil de l’association)' })
    .click();
  await expect(page.getByText('Cet appareil partage ses dossiers avec l’équipe.')).toBeVisible();
  await expect(header.getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Dossiers' })
    .click();
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-PARTAGE (fictive)');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(header.getByText('1 modification à partager')).toBeVisible();
  await expect(header.getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });

  await page.reload();
  const passphrase = await page.locator('.banner-demo code').textContent({ timeout: 15_000 });
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  // The server knew this device again (its token, its records): nothing to share, no problem.
  await expect(header.getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
});
