import type { Page } from '@playwright/test';
import { dumpDeviceStorage } from './device-dump';
import { dateField, expect, expectAccessible, fillDate, test, unlockDemo } from './fixtures';

const CANARY = 'CANARY-e2e-5d1c';
/** Two questions of the screening interview, as the French worker reads them. */
const INTERVIEW_CONSENT = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const INTERVIEW_SAFE_CONTACT = 'Comment pouvons-nous vous joindre sans danger pour vous ?';
/** The PNG signature: an attachment is checked by its content before it is stored. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The tab's title names the page, at most the case's short reference: the browser keeps titles in
 * its history, on disk and in clear, where the passphrase protects nothing (acceptance 7).
 */
async function expectNoCanaryInTitle(page: Page, expected: RegExp): Promise<void> {
  await expect(page).toHaveTitle(expected);
  expect(await page.title()).not.toContain('CANARY');
}

test('no canary is readable on the device without the passphrase; unlocking shows it all again', async ({
  page,
}) => {
  // Every field, an attachment, the case's three pages and an interview, with a reload: many steps.
  test.slow();
  await unlockDemo(page, '/cases/new');
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill(`${CANARY}-label`);
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${CANARY}-label` })).toBeVisible();
  const caseTitle = /^Dossier [0-9A-F]{8} · Passerelle$/;
  await expectNoCanaryInTitle(page, caseTitle);

  // Every text field the case file has today, and a note on the timeline.
  await page.getByLabel('Prénom(s)').fill(`${CANARY}-given`);
  await page.getByLabel('Nom(s) de naissance').fill(`${CANARY}-birth`);
  await fillDate(dateField(page, 'Date de naissance'), '1999-09-09');
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter un événement' }).click();
  await fillDate(dateField(page, 'Date'), '2026-11-02');
  await page.getByLabel('Note (facultative)').fill(`${CANARY}-note`);
  await page.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(page.getByText(`${CANARY}-note`)).toBeVisible();

  await page.getByRole('button', { name: 'Modifier : Acte de naissance' }).click();
  await page
    .getByRole('listitem', { name: 'Acte de naissance' })
    .getByLabel('Joindre un fichier')
    .setInputFiles({
      name: `${CANARY}-scan.png`,
      mimeType: 'image/png',
      buffer: Buffer.concat([PNG_SIGNATURE, Buffer.from(`${CANARY}-content of the attachment`)]),
    });
  await expect(page.getByText(`${CANARY}-scan.png`)).toBeVisible();
  await expectAccessible(page);
  await expectNoCanaryInTitle(page, caseTitle);

  // The case's other pages put the pseudonym in their heading, never in the tab's title.
  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Dépôt de la demande : ${CANARY}-label` }),
  ).toBeVisible();
  await expectNoCanaryInTitle(page, /^Dépôt de la demande · dossier [0-9A-F]{8} · Passerelle$/);
  await page.getByRole('link', { name: 'Dossier imprimable (et PDF)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dossier de demande de titre de séjour' }),
  ).toBeVisible();
  await expect(page.getByText(`${CANARY}-label`)).toBeVisible();
  await expectNoCanaryInTitle(page, /^Dossier de demande de titre de séjour · Passerelle$/);
  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Dépôt de la demande : ${CANARY}-label` }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Retour au dossier' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `${CANARY}-label` })).toBeVisible();

  // An interview of the case, and a free answer carrying the canary (issue 15, acceptance 5).
  const interviews = page.getByRole('region', { name: 'Entretiens' });
  await interviews.getByRole('button', { name: 'Commencer un entretien' }).click();
  await interviews.getByRole('combobox', { name: 'Langue de la personne' }).selectOption('ti');
  await interviews.getByRole('button', { name: 'Commencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();
  await expectNoCanaryInTitle(page, /^Entretien · Passerelle$/);
  const consent = page.getByRole('group', { name: INTERVIEW_CONSENT, exact: true });
  await consent.getByRole('radio', { name: /^Oui/ }).click();
  const safeContact = page
    .getByRole('group', { name: INTERVIEW_SAFE_CONTACT, exact: true })
    .getByLabel('Réponse', { exact: true });
  await safeContact.fill(`${CANARY}-answer`);
  await safeContact.blur();
  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  await expect(interviews.getByText('2 réponses')).toBeVisible();

  const dump = await dumpDeviceStorage(page);
  expect(dump).toContain('passerelle/cases'); // the dump did read the case store
  expect(dump).toMatch(/\[passerelle\/interviews: [1-9]\d* rows\]/); // and the interview
  expect(dump).not.toContain('CANARY');
  expect(dump).not.toContain('1999-09-09');

  const casePath = new URL(page.url()).pathname;
  await page.reload();
  await expect(page.getByText(CANARY)).toHaveCount(0);
  expect(await dumpDeviceStorage(page)).not.toContain('CANARY');

  await unlockDemo(page, casePath);
  await expect(page.getByRole('heading', { level: 1, name: `${CANARY}-label` })).toBeVisible();
  await expectNoCanaryInTitle(page, caseTitle);
  await page.getByRole('button', { name: 'Modifier : Acte de naissance' }).click();
  await expect(page.getByText(`${CANARY}-scan.png`)).toBeVisible();
  await expect(page.getByLabel('Prénom(s)')).toHaveValue(`${CANARY}-given`);
  await expect(page.getByText(`${CANARY}-note`)).toBeVisible();
  await page
    .getByRole('region', { name: 'Entretiens' })
    .getByRole('link', { name: /^Entretien du/ })
    .click();
  await expect(
    page
      .getByRole('group', { name: INTERVIEW_SAFE_CONTACT, exact: true })
      .getByLabel('Réponse', { exact: true }),
  ).toHaveValue(`${CANARY}-answer`);
  await expectNoCanaryInTitle(page, /^Entretien · Passerelle$/);
});

test('idle time locks the app: the case leaves the page, and a wrong passphrase does not unlock', async ({
  page,
}) => {
  await page.clock.install();
  await unlockDemo(page, '/settings');
  // Shortened for the test: one minute, chosen as a worker would in the settings.
  await page.getByLabel('Verrouiller après une inactivité de').selectOption('1');
  await page.getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('link', { name: 'DEMO-FR-001 (fictive)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'DEMO-FR-001 (fictive)' }),
  ).toBeVisible();

  await page.clock.fastForward('01:05');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
  ).toBeVisible();
  await expect(page.getByText('DEMO-FR-001 (fictive)')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Verrouiller', exact: true })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('Phrase secrète').fill('pas-la-bonne-phrase-du-tout');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByText('Phrase secrète incorrecte. Rien n’a été modifié.')).toBeVisible();
  await expect(page.getByText('DEMO-FR-001 (fictive)')).toHaveCount(0);

  const passphrase = await page.locator('.banner-demo code').textContent();
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'DEMO-FR-001 (fictive)' }),
  ).toBeVisible();
});

test('the lock button locks at once', async ({ page }) => {
  await unlockDemo(page, '/cases');
  await expect(page.getByRole('link', { name: 'DEMO-BE-001 (fictive)' })).toBeVisible();
  await page.getByRole('button', { name: 'Verrouiller', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
  ).toBeVisible();
  await expect(page.getByText('DEMO-BE-001 (fictive)')).toHaveCount(0);
});

test('a case deleted for good disappears, and its data export is offered before', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'DEMO-FR-002 (fictive)' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les données de la personne' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^passerelle-dossier-[0-9A-F]{8}\.json$/);

  await expect(
    page.getByRole('button', { name: 'Supprimer définitivement le dossier' }),
  ).toBeDisabled();
  await page.getByLabel('Je confirme la suppression définitive de ce dossier.').check();
  await page.getByRole('button', { name: 'Supprimer définitivement le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'DEMO-FR-002 (fictive)' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'DEMO-FR-001 (fictive)' })).toBeVisible();
});

test('a deletion waits a few seconds for an undo: undone, the case is back, intact', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'DEMO-FR-003 (fictive)' }).click();
  await page.getByLabel('Je confirme la suppression définitive de ce dossier.').check();
  await page.getByRole('button', { name: 'Supprimer définitivement le dossier' }).click();
  await expect(page.getByRole('link', { name: 'DEMO-FR-003 (fictive)' })).toHaveCount(0);
  const pending = page
    .getByRole('status')
    .filter({ hasText: '« DEMO-FR-003 (fictive) » sera effacé' });
  await expect(pending).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Annuler la suppression' }).click();
  await expect(pending).toHaveCount(0);
  await page.getByRole('link', { name: 'DEMO-FR-003 (fictive)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'DEMO-FR-003 (fictive)' }),
  ).toBeVisible();
  // Well after the undo's time: still there.
  await page.waitForTimeout(11_000);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Dossiers' })
    .click();
  await expect(page.getByRole('link', { name: 'DEMO-FR-003 (fictive)' })).toBeVisible();
});

test('a case created in one tab shows up in another without a reload', async ({
  page,
  context,
}) => {
  await unlockDemo(page, '/cases');
  const other = await context.newPage();
  await unlockDemo(other, '/cases');
  await expect(other.getByRole('link', { name: 'DEMO-BE-001 (fictive)' })).toBeVisible();
  // The other tab is looking for the case that is about to be created.
  await other.getByLabel('Rechercher').fill('DEMO-TAB-2');

  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-TAB-2');
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DEMO-TAB-2' })).toBeVisible();

  await expect(other.getByRole('link', { name: 'DEMO-TAB-2' })).toBeVisible();
  await other.close();
});

test('a forgotten passphrase: erase the device, then choose a new passphrase (strength shown, minimum enforced)', async ({
  page,
}) => {
  await page.goto('/cases');
  // A first visit: the demo vault is made (Argon2id) and seeded before the screen shows.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
  ).toBeVisible({ timeout: 15_000 });
  await page.getByText('Phrase secrète oubliée ?').click();
  await expect(
    page.getByRole('button', { name: 'Effacer les données de cet appareil' }),
  ).toBeDisabled();
  await page
    .getByLabel('Je comprends que les données non synchronisées de cet appareil seront perdues.')
    .check();
  await page.getByRole('button', { name: 'Effacer les données de cet appareil' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Protéger les dossiers de cet appareil' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Phrase secrète', { exact: true }).fill('court');
  await expect(page.getByText('Trop courte.')).toBeVisible();
  await page.getByLabel('Confirmez la phrase secrète').fill('court');
  await page.getByRole('button', { name: 'Protéger et commencer' }).click();
  await expect(
    page.getByText('Cette phrase secrète est trop faible', { exact: false }),
  ).toBeVisible();
  // Long enough, and still refused: the dictionaries (loaded on this screen only) know it.
  await page.getByLabel('Phrase secrète', { exact: true }).fill('motdepasse2024');
  await expect(
    page.getByText(
      'Contient l’un des mots de passe les plus utilisés : on les essaie en premier.',
      {
        exact: true,
      },
    ),
  ).toBeVisible();
  await expect(page.getByText('Les dates et les années se devinent facilement.')).toBeVisible();
  // The field's error, checked again as the user types, now gives that reason.
  await expect(
    page.getByText(
      'Cette phrase secrète est trop faible : elle contient l’un des mots de passe les plus utilisés, que l’on essaie en premier.',
    ),
  ).toBeVisible();

  await page.getByLabel('Phrase secrète', { exact: true }).fill('marée-haute-sur-la-digue-7');
  await expect(page.getByText('Très solide').or(page.getByText('Solide'))).toBeVisible();
  await page.getByLabel('Confirmez la phrase secrète').fill('marée-haute-sur-la-digue-7');
  await page.getByRole('button', { name: 'Protéger et commencer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByText('Aucun dossier pour l’instant.', { exact: false })).toBeVisible();
});

test('the database erased behind the app (as a browser eviction would): the next start says so and points to a backup, instead of starting as a new device', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await expect(page.getByRole('link', { name: 'DEMO-FR-001 (fictive)' })).toBeVisible();
  // The browser deletes the database; the app steps aside as it does for any version change.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('passerelle');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('not deleted'));
      }),
  );

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Les données de cet appareil ont été effacées' }),
  ).toBeVisible();
  await expect(page.getByText('le navigateur l’a effacé', { exact: false })).toBeVisible();
  await expect(page.getByText('Paramètres → Sauvegarde chiffrée', { exact: false })).toBeVisible();
  // Not the demo's fresh vault, not the unlock screen: nothing pretends the device is new.
  await expect(page.locator('.banner-demo')).toHaveCount(0);

  await page.getByRole('button', { name: 'Choisir une nouvelle phrase secrète' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Protéger les dossiers de cet appareil' }),
  ).toBeVisible();
});

test('unsaved typing belongs to its tab: offered back in that tab only after a lock, never in another; what another tab saved stays intact', async ({
  page,
  context,
}) => {
  await unlockDemo(page, '/cases');
  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Brise');
  // Read once the case is shown: a page's address changes when its chunk has loaded.
  const caseUrl = page.url();

  const tabB = await context.newPage();
  await unlockDemo(tabB, new URL(caseUrl).pathname);
  await expect(tabB.getByLabel('Prénom(s)')).toHaveValue('Brise');

  // Tab A types without saving; tab B saves another field.
  await page.getByLabel('Prénom(s)').fill('Saisie de l’onglet A');
  await page.waitForTimeout(300);
  await tabB.getByLabel('Notes', { exact: true }).fill('Note enregistrée dans l’onglet B');
  await tabB.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(tabB.getByText('Dossier enregistré.')).toBeVisible();
  await expect(tabB.getByLabel('Prénom(s)')).toHaveValue('Brise');

  // Tab A locks and unlocks: its typing comes back, in tab A, beside B's saved note.
  await page.getByRole('button', { name: 'Verrouiller', exact: true }).click();
  const passphrase = await page.locator('.banner-demo code').textContent();
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Saisie de l’onglet A');
  await expect(
    page.getByText('Votre saisie non enregistrée a été retrouvée', { exact: false }),
  ).toBeVisible();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(
    'Note enregistrée dans l’onglet B',
  );

  // A new tab C shows the saved case, and no one's draft.
  const tabC = await context.newPage();
  await unlockDemo(tabC, new URL(caseUrl).pathname);
  await expect(tabC.getByLabel('Prénom(s)')).toHaveValue('Brise');
  await expect(tabC.getByLabel('Notes', { exact: true })).toHaveValue(
    'Note enregistrée dans l’onglet B',
  );
  await expect(tabC.getByText('Votre saisie non enregistrée', { exact: false })).toHaveCount(0);
  await tabB.close();
  await tabC.close();
});

test('typing survives the newer-version banner: kept before the page stops taking input, offered back after the reload; leaving is silent once kept', async ({
  page,
}) => {
  await unlockDemo(page, '/cases');
  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.fill('Saisie faite avant la nouvelle version');

  // A newer version asks for the database (its upgrade is then abandoned, as a failed update
  // would be): this tab keeps the typing, closes, and stops taking input.
  await page.evaluate(async () => {
    const version = await new Promise<number>((resolve) => {
      const request = indexedDB.open('passerelle');
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('passerelle', version + 1);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => resolve();
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
  });
  const banner = page.getByRole('alert').filter({ hasText: 'Une version plus récente' });
  await expect(banner).toBeVisible();
  await expect(notes).toHaveValue('Saisie faite avant la nouvelle version');
  // The page takes no more input: nothing typed now could be kept.
  await expect(page.locator('main')).toHaveAttribute('inert', '');

  // The draft is kept, so the reload does not ask (a prompt would fail this click).
  await banner.getByRole('button', { name: 'Recharger' }).click();
  const passphrase = await page.locator('.banner-demo code').textContent({ timeout: 15_000 });
  await page.getByLabel('Phrase secrète').fill(passphrase ?? '');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(notes).toHaveValue('Saisie faite avant la nouvelle version');
  await expect(
    page.getByText('Votre saisie non enregistrée a été retrouvée', { exact: false }),
  ).toBeVisible();
});
