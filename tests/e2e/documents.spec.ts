import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { dateField, expect, expectAccessible, fillDate, test, unlockDemo } from './fixtures';
import { readPdfText } from './pdf-text';

/** A real 1×1 PNG, fictional content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function createHostedAdult(page: Page, label: string): Promise<void> {
  await unlockDemo(page, '/cases/new');
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill(label);
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await page.getByLabel('Prénom(s)').fill('Fictive');
  await page.getByLabel('Nom(s) de naissance').fill('Exemple');
  await page.getByLabel('Sexe').selectOption({ label: 'Féminin' });
  await fillDate(dateField(page, 'Date de naissance'), '1996-03-14');
  await page.getByLabel('Lieu de naissance').fill('Ville imaginaire');
  await page.getByLabel('Pays de naissance').selectOption('NG');
  await page.getByLabel('Nationalité', { exact: true }).selectOption('NG');
  await page
    .getByLabel('Type d’hébergement')
    .selectOption({ label: 'Hébergé·e par un particulier' });
  await page.getByLabel('Adresse', { exact: true }).fill('1 rue de l’Exemple, 00000 Ville fictive');
  await fillDate(dateField(page, 'Date d’entrée dans le pays'), '2025-06-01');
  await page.getByLabel('Situation', { exact: true }).selectOption({ label: 'Célibataire' });
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();
}

function line(page: Page, label: string): Locator {
  return page.getByRole('listitem', { name: label, exact: true });
}

/** A checklist line is a row; its form and files open on demand ("Modifier : <document>"). */
async function openLine(page: Page, label: string, edit = 'Modifier'): Promise<Locator> {
  const item = line(page, label);
  await item.getByRole('button', { name: `${edit} : ${label}` }).click();
  return item;
}

async function markReceived(page: Page, label: string, issuedOn: string): Promise<void> {
  const item = await openLine(page, label);
  await item.getByLabel('État').selectOption({ label: 'Reçu' });
  await fillDate(dateField(item, 'Délivré le'), issuedOn);
  // Saved as it changes: no button to press.
  await expect(item.getByText('Modifications enregistrées.')).toBeVisible();
  await expect(line(page, label).locator('.badge-status')).toHaveText('Reçu');
  await item.getByRole('button', { name: `Fermer : ${label}` }).click();
}

test('FR-C2 a hosted adult: host lines, a scan attached, the application shows what is missing, then the dossier prints and the ZIP holds the scan', async ({
  page,
}) => {
  // The whole journey, six lines received, a PDF printed: long on a 2-core machine.
  test.slow();
  await createHostedAdult(page, 'DEMO-E2E-DOSSIER');
  const documents = page.getByRole('region', { name: 'Documents à réunir' });
  for (const label of [
    'Attestation d’hébergement',
    'Pièce d’identité de l’hébergeant',
    'Justificatif de domicile de l’hébergeant',
  ]) {
    await expect(line(page, label)).toBeVisible();
  }
  await expect(
    documents.getByRole('listitem', { name: 'Justificatif de domicile', exact: true }),
  ).toHaveCount(0);

  await expect(line(page, 'Attestation d’hébergement').locator('.badge-status')).toHaveText(
    'Manquant',
  );
  await (
    await openLine(page, 'Attestation d’hébergement')
  )
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'attestation.png', mimeType: 'image/png', buffer: PNG });
  await expect(line(page, 'Attestation d’hébergement').getByText('attestation.png')).toBeVisible();
  // A scan attached: the line no longer says "missing".
  await expect(line(page, 'Attestation d’hébergement').locator('.badge-status')).toHaveText(
    'Scan joint',
  );
  await line(page, 'Attestation d’hébergement')
    .getByRole('button', { name: 'Aperçu de attestation.png' })
    .click();
  await expect(
    line(page, 'Attestation d’hébergement').getByRole('img', { name: 'Aperçu de attestation.png' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dépôt de la demande : DEMO-E2E-DOSSIER' }),
  ).toBeVisible();
  await expect(
    page.getByText('Le dépôt peut être enregistré une fois toutes les étapes prêtes.'),
  ).toBeVisible();
  const missing = page.locator('.readiness .is-missing');
  await expect(missing.filter({ hasText: 'Attestation d’hébergement' })).toHaveCount(1);
  await expect(missing.filter({ hasText: 'Code e-photo' })).toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Retour au dossier' }).first().click();
  for (const label of [
    'Acte de naissance',
    'Justificatif de nationalité',
    'Attestation d’hébergement',
    'Pièce d’identité de l’hébergeant',
    'Récépissé de plainte',
    'Contrat d’engagement républicain',
  ]) {
    await markReceived(page, label, '2026-11-02');
  }
  await page.getByRole('link', { name: 'Préparer le dépôt en ligne' }).click();
  await page.getByLabel('Code e-photo (22 chiffres)').fill('1234567890123456789012');
  await page
    .getByLabel('Déclaration sur l’honneur : a besoin d’un titre pour travailler ou se former')
    .check();
  await page
    .getByLabel(
      'Déclaration sur l’honneur : a connaissance des sanctions en cas de fausse déclaration',
    )
    .check();
  // Saved as typed: no button to press.
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible();
  await expect(page.getByText('Tout est prêt.', { exact: false })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger les pièces jointes (ZIP)' }).click();
  // Named by the case's short reference, never by the person.
  expect((await download).suggestedFilename()).toMatch(/^passerelle-pieces-[0-9A-F]{8}\.zip$/);
  const zipPath = await (await download).path();
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  const names = Object.keys(entries);
  expect(names).toEqual([expect.stringMatching(/^\d{2}-attestation-d-hebergement\.png$/)]);
  expect(Buffer.from(entries[names[0] ?? ''] ?? [])).toEqual(PNG);

  // Recording the filing puts it on the timeline.
  await page.getByRole('button', { name: 'Enregistrer le dépôt de la demande' }).click();
  await expect(
    page.getByText('Dépôt enregistré dans la chronologie', { exact: false }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Dossier imprimable (et PDF)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dossier de demande de titre de séjour' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  const text = await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
  expect(text).toContain('DEMO-E2E-DOSSIER');
  for (const label of [
    'Acte de naissance',
    'Justificatif de nationalité',
    'Photo d’identité (code e-photo)',
    'Attestation d’hébergement',
    'Pièce d’identité de l’hébergeant',
    'Justificatif de domicile de l’hébergeant',
    'Récépissé de plainte',
    'Contrat d’engagement républicain',
  ]) {
    expect(text, label).toContain(label);
  }
  expect(text).toContain('Demande déposée');
  expect(text).not.toContain('Verrouiller');
});

test('FR-G7 a 12 MB file, a .docx and a fourth file are refused with clear messages; nothing attached is lost', async ({
  page,
}) => {
  // A 12 MB file read in the page, and axe over the long checklist: slow on a 2-core machine.
  test.slow();
  await createHostedAdult(page, 'DEMO-E2E-LIMITES');
  const item = await openLine(page, 'Acte de naissance');
  for (const name of ['page-1.png', 'page-2.png', 'page-3.png']) {
    await item
      .getByLabel('Joindre un fichier')
      .setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
    await expect(item.getByText(name)).toBeVisible();
  }
  await item
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'page-4.png', mimeType: 'image/png', buffer: PNG });
  await expect(item.getByRole('alert')).toContainText('Ce document a déjà 3 fichiers');

  const other = await openLine(page, 'Justificatif de nationalité');
  await other.getByLabel('Joindre un fichier').setInputFiles({
    name: 'passeport.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(12 * 1000 * 1000, 1),
  });
  await expect(other.getByRole('alert')).toContainText('« passeport.pdf » dépasse 10 Mo');
  await other.getByLabel('Joindre un fichier').setInputFiles({
    name: 'lettre.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('docx'),
  });
  await expect(other.getByRole('alert')).toContainText(
    '« lettre.docx » n’est pas dans un format accepté par l’ANEF',
  );

  await expect(item.getByText(/page-\d\.png/)).toHaveCount(3);
  await expect(item.getByText('page-4.png')).toHaveCount(0);
  await expect(other.locator('.file-list li')).toHaveCount(0);
  await expectAccessible(page);
});

test('FR-G7 a text file renamed .png is refused by its content, in the interface’s language; the scan already attached stays', async ({
  page,
}) => {
  test.slow();
  await createHostedAdult(page, 'DEMO-E2E-CONTENU');
  const notAPng = {
    name: 'attestation.png',
    mimeType: 'image/png',
    buffer: Buffer.from('Ceci est un texte, pas une image.\n'),
  };
  const item = await openLine(page, 'Acte de naissance');
  await item
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'acte-page-1.png', mimeType: 'image/png', buffer: PNG });
  await expect(item.getByText('acte-page-1.png')).toBeVisible();

  await item.getByLabel('Joindre un fichier').setInputFiles(notAPng);
  await expect(item.getByRole('alert')).toContainText(
    '« attestation.png » n’est pas un vrai fichier PNG : son contenu ne correspond pas à son extension',
  );
  await expect(item.getByRole('alert')).toContainText('Rien n’a été joint.');
  await expect(item.locator('.file-list li')).toHaveCount(1);
  await expect(item.getByText('acte-page-1.png')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Langue de l’interface').selectOption('en');
  const itemEn = line(page, 'Birth certificate');
  await itemEn.getByLabel('Attach a file').setInputFiles(notAPng);
  await expect(itemEn.getByRole('alert')).toContainText(
    '“attestation.png” is not a real PNG file: its content does not match its extension',
  );
  await page.getByLabel('Interface language').selectOption('nl');
  const itemNl = line(page, 'Geboorteakte');
  await itemNl.getByLabel('Bestand toevoegen').setInputFiles(notAPng);
  await expect(itemNl.getByRole('alert')).toContainText(
    '“attestation.png” is geen echt PNG-bestand',
  );
  await expect(itemNl.locator('.file-list li')).toHaveCount(1);
  await expect(itemNl.getByText('acte-page-1.png')).toBeVisible();
});

test('the checklist reads in English and in Dutch, with no French line or raw key left', async ({
  page,
}) => {
  // Three languages, each page read whole: slow on a loaded machine.
  test.slow();
  await createHostedAdult(page, 'DEMO-E2E-LANGUES');
  await page.getByLabel('Langue de l’interface').selectOption('en');
  const documents = page.getByRole('region', { name: 'Documents to gather' });
  await expect(
    documents.getByRole('heading', { name: 'Birth certificate', exact: true }),
  ).toBeVisible();
  await expect(documents).not.toContainText('Acte de naissance');
  await expect(documents).not.toContainText('lines.');
  await expect(documents).not.toContainText('Obligatoire');
  await expectAccessible(page);

  await page.getByLabel('Interface language').selectOption('nl');
  const documentsNl = page.getByRole('region', { name: /Te verzamelen documenten|Documenten/ });
  await expect(
    documentsNl.getByRole('heading', { name: 'Geboorteakte', exact: true }),
  ).toBeVisible();
  await expect(documentsNl).not.toContainText('Birth certificate');
  await expect(documentsNl).not.toContainText('lines.');
});

test('an identity document is checked for validity, never for its age: the host’s card issued years ago and valid until next year is not flagged; one that expires before the planned filing is', async ({
  page,
}) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
  await createHostedAdult(page, 'DEMO-E2E-IDENTITE');
  await fillDate(dateField(page, 'Date de dépôt prévue'), '2027-01-15');
  await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
  await expect(page.getByText('Dossier enregistré.')).toBeVisible();

  const hostCard = () => line(page, 'Pièce d’identité de l’hébergeant');
  await openLine(page, 'Pièce d’identité de l’hébergeant');
  await hostCard().getByLabel('État').selectOption({ label: 'Reçu' });
  await fillDate(dateField(hostCard(), 'Délivré le'), '2017-06-30');
  await fillDate(dateField(hostCard(), 'Valable jusqu’au'), '2027-06-29');
  await expect(hostCard().getByText('Modifications enregistrées.')).toBeVisible();
  await expect(hostCard().locator('.badge-status')).toHaveText('Reçu');
  await expect(hostCard()).toContainText('Valable jusqu’au 29 juin 2027');
  await expect(hostCard()).not.toContainText('Trop ancien');
  await expectAccessible(page);

  await fillDate(dateField(hostCard(), 'Valable jusqu’au'), '2026-12-20');
  await expect(hostCard().locator('.badge-status')).toHaveText('Périmé');
  await expect(hostCard()).toContainText('Plus valable après le 20 décembre 2026');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Échéances/ })
    .click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'DEMO-E2E-IDENTITE' }).filter({
      hasText: 'Pièce d’identité de l’hébergeant',
    }),
  ).toContainText('Plus valable après le 20 décembre 2026');
});
