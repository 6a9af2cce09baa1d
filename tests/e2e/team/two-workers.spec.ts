import type { Browser, Page } from '@playwright/test';
import { dateField, expect, expectAccessible, fillDate, test, unlockDemo } from '../fixtures';

/**
 * Issue 14, acceptance 3: two colleagues' devices (two browser contexts) share the association's
 * mock server, which runs in Node behind the app's /api proxy. Worker A's device starts the team
 * and admits worker B's after comparing the code both screens show; a case A creates offline
 * reaches B once A is back; both change the person's birth date offline; each then sees the
 * conflict with both values, B settles it, and A shows B's choice.
 */
test.beforeEach(async ({ request }) => {
  const reset = await request.post('/api/demo-server/reset');
  expect(reset.status()).toBe(204);
});

const SHOTS = process.env.TEAM_SHOTS;

/** A real 1×1 PNG with a marker after its end: fictional, and never to be seen in clear. */
const SCAN = Buffer.concat([
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  Buffer.from('CANARY-SCAN-fictif'),
]);

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function openDevice(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  return context.newPage();
}

/** In-app navigation: a page load would lock the vault again. */
async function navigate(page: Page, to: 'Dossiers' | 'Paramètres') {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: to })
    .click();
}

async function shareNow(page: Page, outcome = 'Partagé') {
  await navigate(page, 'Paramètres');
  await page.getByRole('button', { name: 'Partager maintenant' }).click();
  await expect(page.getByRole('banner').getByText(outcome, { exact: true })).toBeVisible({
    timeout: 20_000,
  });
}

async function openCase(page: Page, label: string) {
  await navigate(page, 'Dossiers');
  await page.getByRole('list', { name: 'Dossiers' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

async function setBirthDate(page: Page, isoDate: string) {
  await fillDate(dateField(page, 'Date de naissance'), isoDate);
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré', { exact: false }).first()).toBeVisible();
}

test('worker A admits worker B’s device; a case made offline reaches B; a clash on the birth date is seen on both and B’s choice reaches A', async ({
  page: a,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(150_000);
  const b = await openDevice(browser, baseURL);
  const bannerOf = (page: Page) => page.getByRole('banner');

  // A: the association's first device.
  await unlockDemo(a, '/settings');
  await expect(a.getByLabel('Votre nom, tel que vos collègues le verront')).toHaveValue(
    'Camille Exemple',
  );
  await a
    .getByRole('button', { name: 'Commencer le partage (premier appareil de l’association)' })
    .click();
  await expect(a.getByText('Cet appareil partage ses dossiers avec l’équipe.')).toBeVisible();

  // B: asks to join, and shows its code.
  await unlockDemo(b, '/settings');
  await b.getByLabel('Votre nom, tel que vos collègues le verront').fill('Dominique Exemple');
  await b.getByRole('button', { name: 'Demander à rejoindre l’équipe' }).click();
  const code = (await b.locator('.team-fingerprint strong').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  await shot(b, 'b-waiting');
  await expectAccessible(b);

  // A: sees the same code, checks it, admits the device.
  await expect(a.getByText(code, { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(a.getByRole('button', { name: `Admettre l’appareil ${code}` })).toBeDisabled();
  await a
    .getByLabel(`J’ai vérifié que l’appareil de mon ou ma collègue affiche le code ${code}`)
    .check();
  await shot(a, 'a-admits');
  await expectAccessible(a);
  await a.getByRole('button', { name: `Admettre l’appareil ${code}` }).click();
  await expect(a.getByText('Aucune demande en attente.')).toBeVisible();
  await expect(b.getByText('Cet appareil partage ses dossiers avec l’équipe.')).toBeVisible({
    timeout: 20_000,
  });

  // A creates a case offline; B sees it once A is back online. (The demo build has no offline
  // shell: A opens the pages once online first, as the production app's service worker would
  // have them.)
  const createCase = async (label: string) => {
    await navigate(a, 'Dossiers');
    await a.getByRole('link', { name: 'Nouveau dossier' }).click();
    await a.getByLabel('Pseudonyme ou numéro de dossier').fill(label);
    await a.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
    await a.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(a.getByRole('heading', { level: 1, name: label })).toBeVisible();
  };
  await createCase('DEMO-ACCUEIL (fictive)');
  await expect(bannerOf(a).getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
  await a.context().setOffline(true);
  await createCase('DEMO-EQUIPE (fictive)');
  await expect(bannerOf(a).getByText('1 modification à partager')).toBeVisible();
  // The case itself says its changes wait, then that they are shared.
  await expect(a.getByText(/Des modifications attendent d’être partagées/)).toBeVisible();
  await shot(a, 'a-case-waiting');
  await a.context().setOffline(false);
  await expect(bannerOf(a).getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(a.getByText('Tout est partagé')).toBeVisible();
  await shareNow(b);
  await openCase(b, 'DEMO-EQUIPE (fictive)');

  // Both change the birth date offline; A is back first, then B.
  await a.context().setOffline(true);
  await b.context().setOffline(true);
  await setBirthDate(a, '1996-02-10');
  await setBirthDate(b, '1997-03-11');
  await a.context().setOffline(false);
  await expect(bannerOf(a).getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
  await b.context().setOffline(false);
  await shareNow(b, '1 dossier en conflit');
  await shareNow(a, '1 dossier en conflit');

  // Each sees the conflict, with both values and who made each.
  for (const device of [a, b]) {
    // The header says so, and leads to the list of cases in conflict.
    await device.getByRole('banner').getByRole('link', { name: '1 dossier en conflit' }).click();
    const listed = device.getByRole('region', { name: '1 dossier a un conflit à résoudre' });
    await listed.getByRole('link', { name: 'DEMO-EQUIPE (fictive)' }).click();
    const conflict = device.locator('.sync-conflict');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText('10 février 1996')).toBeVisible();
    await expect(conflict.getByText('11 mars 1997')).toBeVisible();
  }
  // Who made each: "you" for the device's own worker, the colleague by name.
  await expect(a.locator('.sync-conflict').getByText(/par vous, sur cet appareil/)).toBeVisible();
  await expect(a.locator('.sync-conflict').getByText(/par Dominique Exemple/)).toBeVisible();
  await expect(b.locator('.sync-conflict').getByText(/par vous, sur cet appareil/)).toBeVisible();
  await expect(b.locator('.sync-conflict').getByText(/par Camille Exemple/)).toBeVisible();
  await shot(a, 'a-sees-conflict');
  await shot(b, 'b-sees-conflict');
  await expectAccessible(b);

  // B keeps its own date; A shows B's choice.
  await b
    .locator('.sync-conflict')
    .getByLabel(/11 mars 1997/)
    .check();
  await b.getByRole('button', { name: 'Garder ces valeurs' }).click();
  await expect(b.locator('.sync-conflict')).toHaveCount(0);
  await expect(bannerOf(b).getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
  await shareNow(a);
  await openCase(a, 'DEMO-EQUIPE (fictive)');
  await expect(a.locator('.sync-conflict')).toHaveCount(0);
  await expect
    .poll(async () =>
      dateField(a, 'Date de naissance')
        .getByRole('spinbutton')
        .evaluateAll((segments) => segments.map((s) => s.getAttribute('aria-valuenow')).join('-')),
    )
    .toBe('11-3-1997');
  await shot(a, 'a-after');

  // A attaches a scan; B sees it listed at once, and its content comes when B opens it.
  const birthCertificate = (device: Page) =>
    device.getByRole('listitem', { name: 'Acte de naissance', exact: true });
  await birthCertificate(a).getByRole('button', { name: 'Modifier : Acte de naissance' }).click();
  await birthCertificate(a)
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'scan-fictif.png', mimeType: 'image/png', buffer: SCAN });
  await expect(birthCertificate(a).getByText('scan-fictif.png')).toBeVisible();
  await expect(bannerOf(a).getByText('Partagé', { exact: true })).toBeVisible({ timeout: 20_000 });
  await shareNow(b);
  await openCase(b, 'DEMO-EQUIPE (fictive)');
  await birthCertificate(b).getByRole('button', { name: 'Modifier : Acte de naissance' }).click();
  await expect(birthCertificate(b).getByText('Sur le serveur de l’équipe')).toBeVisible();
  await shot(b, 'b-sees-scan-on-server');
  await birthCertificate(b).getByRole('button', { name: 'Aperçu de scan-fictif.png' }).click();
  await expect(
    birthCertificate(b).getByRole('img', { name: 'Aperçu de scan-fictif.png' }),
  ).toBeVisible();
  await expect(birthCertificate(b).getByText('Sur le serveur de l’équipe')).toHaveCount(0);
  await shot(b, 'b-opens-colleagues-scan');
  await b.context().close();

  // Acceptance 4: what the server holds and every request body it received carry nothing in
  // clear — no label, no worker's name, no date typed.
  const dump = await request.get('/api/demo-server/dump');
  const held = JSON.stringify(await dump.json());
  expect(held).toContain('sealed');
  for (const canary of [
    'DEMO-EQUIPE',
    'DEMO-ACCUEIL',
    'fictive',
    'Camille',
    'Dominique',
    '1996-02-10',
    '1997-03-11',
    'birthDate',
    'fr-trafficking',
    'CANARY-SCAN',
    'scan-fictif',
    'birth-certificate',
  ])
    expect(held, canary).not.toContain(canary);
});
