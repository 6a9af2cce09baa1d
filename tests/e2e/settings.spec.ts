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

test('a backup exported from Settings is dated there: today, as the last backup of this device', async ({
  page,
}) => {
  await unlockDemo(page, '/settings');
  await expect(
    page.getByText('Aucune sauvegarde n’a encore été faite sur cet appareil.'),
  ).toBeVisible();
  // The demo vault was set up a moment ago: no reminder yet, however many cases it holds.
  await expect(page.getByRole('button', { name: 'Me le rappeler demain' })).toHaveCount(0);

  const exportForm = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Exporter la sauvegarde' }) });
  const passphrase = 'lanterne-violon-cactus-brume-83';
  await exportForm.getByLabel('Phrase secrète de la sauvegarde', { exact: true }).fill(passphrase);
  await exportForm.getByLabel('Confirmez la phrase secrète de la sauvegarde').fill(passphrase);
  const download = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Exporter la sauvegarde' }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^passerelle-sauvegarde-\d{4}-\d{2}-\d{2}\.passerelle$/,
  );

  // As French writes it: "1er décembre" on the first of the month (src/i18n/format.ts).
  const today = (
    await page.evaluate(() =>
      new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date()),
    )
  ).replace(/^1 /, '1er ');
  await expect(page.getByText(`Dernière sauvegarde : ${today} (aujourd’hui)`)).toBeVisible();
  await expectAccessible(page);
});

test('a backup older than the reminder interval: a calm reminder above the pages leads to the backup section, or waits until tomorrow', async ({
  page,
}) => {
  // The demo vault is set up on the first visit; its unlock screen then shows the passphrase.
  await page.goto('/cases');
  await page.locator('.banner-demo code').waitFor({ timeout: 15_000 });
  // The device's last backup, 10 days ago, as an earlier export would have noted it (the device
  // settings are kept in clear: nothing personal).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const at = new Date();
        at.setDate(at.getDate() - 10);
        at.setHours(12, 0, 0, 0);
        const request = indexedDB.open('passerelle');
        request.onerror = () => reject(new Error('not opened'));
        request.onsuccess = () => {
          const tx = request.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'lastBackupAt', value: at.toISOString() });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('not written'));
        };
      }),
  );
  await unlockDemo(page, '/cases');

  const reminder = page
    .getByRole('status')
    .filter({ hasText: 'Dernière sauvegarde il y a 10 jours' });
  await expect(reminder).toBeVisible();
  await expectAccessible(page);
  await reminder.getByRole('link', { name: 'Faire une sauvegarde' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Sauvegarde chiffrée' })).toBeFocused();
  await expect(page.getByText(/^Dernière sauvegarde : .* \(il y a 10 jours\)$/)).toBeVisible();

  await reminder.getByRole('button', { name: 'Me le rappeler demain' }).click();
  await expect(reminder).toHaveCount(0);
  // Put aside for the day: still quiet after a reload and an unlock.
  await unlockDemo(page, '/cases');
  await expect(page.getByRole('link', { name: 'DEMO-FR-001 (fictive)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Me le rappeler demain' })).toHaveCount(0);
});

/** Opens the case from the list, in the app (a reload would lock the vault). */
async function openCase(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Dossiers' })
    .click();
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(label);
  await page.getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

async function saveIdentity(page: Page, givenNames: string, birthDate: string): Promise<void> {
  await page.getByLabel('Prénom(s)').fill(givenNames);
  await fillDate(dateField(page, 'Date de naissance'), birthDate);
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();
}

test('a backup that differs from this device: each field side by side, this device’s value chosen until the worker takes the backup’s (decision 018)', async ({
  page,
}, testInfo) => {
  // Two key derivations (export, import) and two axe scans: slow on a loaded machine.
  test.slow();
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-SAUVEGARDE');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await saveIdentity(page, 'Fictive', '1990-03-12');

  await page.getByRole('link', { name: 'Paramètres' }).click();
  const exportForm = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Exporter la sauvegarde' }) });
  const passphrase = 'lanterne-violon-cactus-brume-83';
  await exportForm.getByLabel('Phrase secrète de la sauvegarde', { exact: true }).fill(passphrase);
  await exportForm.getByLabel('Confirmez la phrase secrète de la sauvegarde').fill(passphrase);
  const download = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Exporter la sauvegarde' }).click();
  const file = testInfo.outputPath('sauvegarde.passerelle');
  await (await download).saveAs(file);

  // After the backup, the worker corrects the case on this device.
  await openCase(page, 'DEMO-E2E-SAUVEGARDE');
  await saveIdentity(page, 'Fictivia', '1990-03-21');

  await page.getByRole('link', { name: 'Paramètres' }).click();
  const importForm = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Restaurer', exact: true }) });
  await importForm.getByLabel('Fichier de sauvegarde').setInputFiles(file);
  await importForm.getByLabel('Phrase secrète de la sauvegarde').fill(passphrase);
  await importForm.getByRole('button', { name: 'Restaurer', exact: true }).click();

  const review = page.getByRole('region', { name: 'Vérifier les différences avant de restaurer' });
  await expect(review).toBeVisible({ timeout: 20_000 });
  await expect(review.getByRole('heading', { name: /DEMO-E2E-SAUVEGARDE/ })).toBeVisible();
  const birthDate = review.getByRole('group', { name: 'Date de naissance' });
  await expect(
    birthDate.getByRole('radio', { name: 'Garder la valeur de cet appareil\u00a0: 21 mars 1990' }),
  ).toBeChecked();
  await expectAccessible(page);
  // For a person to look at (the test's output folder): the screen on a desktop and on a phone.
  await review.screenshot({ path: testInfo.outputPath('backup-review-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await review.screenshot({ path: testInfo.outputPath('backup-review-390.png') });
  await expectAccessible(page);

  // With the keyboard: from this device's date, the arrow moves the choice to the backup's.
  await birthDate
    .getByRole('radio', { name: 'Garder la valeur de cet appareil\u00a0: 21 mars 1990' })
    .focus();
  await page.keyboard.press('ArrowDown');
  await expect(
    birthDate.getByRole('radio', {
      name: 'Prendre la valeur de la sauvegarde\u00a0: 12 mars 1990',
    }),
  ).toBeChecked();
  await review.getByRole('button', { name: 'Restaurer avec ces choix' }).click();
  await expect(
    page.getByText(/Sauvegarde restaurée\u00a0: 0 élément\(s\) ajouté\(s\), 1 mis à jour/),
  ).toBeVisible();

  await openCase(page, 'DEMO-E2E-SAUVEGARDE');
  await expectDate(dateField(page, 'Date de naissance'), '1990-03-12');
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Fictivia');
});
