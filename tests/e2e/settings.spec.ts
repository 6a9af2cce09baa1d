import { expect, expectAccessible, test, unlockDemo } from './fixtures';

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
