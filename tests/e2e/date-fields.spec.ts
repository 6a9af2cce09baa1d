import { dateField, expect, expectAccessible, readDate, test, unlockDemo } from './fixtures';

// A browser set to English (US) orders dates month first; the app is in French (issue 12).
test.use({ locale: 'en-US' });

test('on an English (US) browser with the app in French, 01/04/2026 is the first of April, typed and shown day first', async ({
  page,
}) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-DATES');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DEMO-E2E-DATES' })).toBeVisible();

  // Typed as a French worker would, whatever the browser's own order.
  const arrival = dateField(page, 'Date d’entrée dans le pays');
  await arrival.getByRole('spinbutton').first().click();
  await page.keyboard.type('01042026');
  await expect(arrival).toContainText('01/04/2026');
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();

  // Stored as the first of April: the application file reads it in words.
  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();
  const arrivedOn = page.locator('.readiness li').filter({ hasText: 'Date d’entrée' });
  await expect(arrivedOn).toContainText(/1(er)? avril 2026/);

  // Shown day first on return.
  await page.goBack();
  await expect(dateField(page, 'Date d’entrée dans le pays')).toContainText('01/04/2026');
  expect(await readDate(dateField(page, 'Date d’entrée dans le pays'))).toBe('2026-04-01');

  // …and picked from the calendar with the keyboard: the next day, shown day first too.
  const opener = dateField(page, 'Date d’entrée dans le pays').getByRole('button');
  await opener.focus();
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog');
  await expect(calendar.getByRole('heading')).toHaveText(/avril 2026/i);
  await expectAccessible(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(calendar).toHaveCount(0);
  await expect(dateField(page, 'Date d’entrée dans le pays')).toContainText('02/04/2026');
  await expect(opener).toBeFocused();
});

test('a date saved on an English (US) browser comes back day first after navigating away and after a reload and unlock', async ({
  page,
}) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-DATES-RETOUR');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'DEMO-E2E-DATES-RETOUR' }),
  ).toBeVisible();

  const arrival = () => dateField(page, 'Date d’entrée dans le pays');
  await arrival().getByRole('spinbutton').first().click();
  await page.keyboard.type('01042026');
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();

  // Away to the case list and back through it.
  await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('searchbox').fill('DEMO-E2E-DATES-RETOUR');
  await page.getByRole('link', { name: /DEMO-E2E-DATES-RETOUR/ }).click();
  await expect(arrival()).toContainText('01/04/2026');

  // A reload locks the vault; unlocked again, the field still reads day first.
  await page.reload();
  const passphrase = await page.locator('.banner-demo code').textContent();
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(arrival()).toContainText('01/04/2026');
  await expect(arrival().getByRole('spinbutton', { name: /^jour/ })).toHaveText('01');
  await expect(arrival().getByRole('spinbutton', { name: /^mois/ })).toHaveText('04');
});
