import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, unlockDemo } from './fixtures';
import { readPdfActualText } from './pdf-actual-text';
import { readPdfText } from './pdf-text';

const AGREES_FR = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const USE_FOR_FILE_FR =
  'Pouvons-nous utiliser vos réponses dans votre dossier, pour vos papiers et vos démarches ?';
const SAFE_CONTACT_FR = 'Comment pouvons-nous vous joindre sans danger pour vous ?';
/** A fictional answer, typed by the worker. */
const SAFE_CONTACT = 'Par l’association, le mardi matin';
/** Words of the Arabic texts: "do you agree" (the consent question), "your answers" (the copy's title). */
const AGREE_AR = 'توافق';
const YOUR_ANSWERS_AR = 'إجاباتك';

/** The PDF the browser's "save as PDF" makes of the page, fonts loaded, as printed. */
async function printToPdf(page: Page): Promise<Uint8Array> {
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/**
 * The PDF's text read twice. pdf.js (`readPdfText`) finds the Latin text; NFKC folds what it may
 * find of Arabic presentation forms. It finds no Arabic word whole: Chromium writes Arabic as the
 * glyphs drawn (Noto Sans Arabic draws a dotted letter as base and dots), in visual order, the
 * letters typed given in /ActualText spans of a /ReversedChars run, which pdf.js does not read.
 * `readPdfActualText` reads them, as the PDF asks.
 */
async function readPrinted(page: Page): Promise<{ text: string; actualText: string }> {
  const pdf = await printToPdf(page);
  // Read first: pdf.js takes the bytes it is given (their buffer is transferred to its worker).
  const actualText = readPdfActualText(pdf);
  return { text: (await readPdfText(pdf)).normalize('NFKC'), actualText };
}

/**
 * Issue 15, the transcript (decision 021): a worker (UI in French) holds an interview in Arabic,
 * then prints the bilingual transcript for the file and the person's copy in Arabic alone, both
 * saved as PDF with their text searchable in both scripts.
 */
test('an interview in Arabic printed: the bilingual transcript in French and Arabic, the person’s copy in Arabic alone', async ({
  page,
}) => {
  test.slow();
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-TRANSCRIPTION');
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();

  const section = page.getByRole('region', { name: 'Entretiens' });
  await section.getByRole('button', { name: 'Commencer un entretien' }).click();
  await section.getByRole('combobox', { name: 'Langue de la personne' }).selectOption('ar');
  await section.getByRole('button', { name: 'Commencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();

  const consent = page.getByRole('group', { name: AGREES_FR });
  await consent.getByRole('radio', { name: /^Oui/ }).click();
  await expect(consent.getByRole('radio', { name: /^Oui/ })).toBeChecked();
  const useForFile = page.getByRole('group', { name: USE_FOR_FILE_FR });
  await useForFile.getByRole('checkbox', { name: 'Ne souhaite pas répondre' }).click();
  await expect(
    useForFile.getByRole('checkbox', { name: 'Ne souhaite pas répondre' }),
  ).toBeChecked();
  // Free text, saved when the field is left.
  const safeContact = page.getByRole('group', { name: SAFE_CONTACT_FR });
  await safeContact.getByRole('textbox', { name: 'Réponse' }).fill(SAFE_CONTACT);
  await safeContact.getByRole('textbox', { name: 'Réponse' }).press('Tab');

  // The bilingual transcript, for the file.
  await page.getByRole('link', { name: 'Transcription à imprimer' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Transcription de l’entretien' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Transcription de l’entretien · Passerelle');
  expect(page.url()).toMatch(/\/cases\/[0-9a-f-]+\/interviews\/[0-9a-f-]+\/transcript$/);
  const sheet = page.locator('.print-sheet');
  await expect(sheet.getByText(AGREES_FR)).toBeVisible();
  await expect(sheet.locator('p[lang="ar"][dir="rtl"]', { hasText: AGREE_AR })).toBeVisible();
  // Declined, in the script's words of each language.
  const declined = sheet.locator('.transcript-answer--declined');
  await expect(declined.getByText('Je préfère ne pas répondre', { exact: true })).toBeVisible();
  await expect(declined.locator('[lang="ar"][dir="rtl"]')).toHaveText('أفضّل ألّا أجيب');
  // Typed once, printed as typed in each column.
  await expect(sheet.getByText(SAFE_CONTACT)).toHaveCount(2);
  await expectAccessible(page);

  const transcript = await readPrinted(page);
  for (const text of [transcript.text, transcript.actualText]) {
    expect(text).toContain('Transcription de l’entretien');
    expect(text).toContain(AGREES_FR);
    expect(text).toContain(SAFE_CONTACT);
    // The case's label is not printed (its short reference is), nor the screen's buttons.
    expect(text).not.toContain('DEMO-E2E-TRANSCRIPTION');
    expect(text).not.toContain('Imprimer / enregistrer en PDF');
  }
  // Words, not sentences: each line of Arabic comes out in the order drawn, word by word.
  expect(transcript.actualText).toContain(AGREE_AR);
  expect(transcript.actualText).toContain('أفضّل');

  // The person's copy, in Arabic alone.
  await page.getByRole('link', { name: 'Copie pour la personne' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Copie de l’entretien pour la personne' }),
  ).toBeVisible();
  expect(page.url()).toMatch(/\/transcript\/person$/);
  await expect(page.locator('.print-sheet')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.print-sheet')).toHaveAttribute('lang', 'ar');
  await expect(
    page.locator('.print-sheet').getByText(YOUR_ANSWERS_AR, { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  const personCopy = await readPrinted(page);
  expect(personCopy.actualText).toContain(YOUR_ANSWERS_AR);
  expect(personCopy.actualText).toContain(AGREE_AR);
  for (const text of [personCopy.text, personCopy.actualText]) {
    expect(text).not.toContain(AGREES_FR);
    expect(text).not.toContain('Êtes-vous');
    expect(text).not.toContain('DEMO-E2E-TRANSCRIPTION');
  }
});
