import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  INTERVIEW_LANGUAGE_INFO,
  InterviewTextsFileSchema,
  SCREENING_SCRIPT_V1,
  listQuestions,
  type InterviewLanguage,
  type InterviewTextsFile,
} from '../../src/domain';
import { expect, expectAccessible, test, unlockDemo } from './fixtures';

/**
 * Issue 15, acceptance 2: the same interview in Tigrinya and in Nigerian Pidgin, for a worker
 * whose UI is in French. Every text of the person's column is in that language or visibly marked
 * as shown in another one, and a draft translation says so; the Ethiopic letters are drawn with
 * the app's own Noto Sans Ethiopic, not a device font (a device may have none at all). The
 * expectations are computed from the texts files themselves: a translator's next file changes
 * them, not this test.
 */

const textsFiles = new Map<InterviewLanguage, InterviewTextsFile>();

/** The texts files as shipped: read from disk, checked with the domain's own schema. */
function readTexts(language: InterviewLanguage): InterviewTextsFile {
  let file = textsFiles.get(language);
  if (file === undefined) {
    const url = new URL(
      `../../src/domain/interviews/screening/texts/${language}.json`,
      import.meta.url,
    );
    file = InterviewTextsFileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
    textsFiles.set(language, file);
  }
  return file;
}

const FRENCH = readTexts('fr');

/** The language names a French worker reads in the marks (Intl's, and ours for Pidgin). */
const FRENCH_NAMES: Partial<Record<InterviewLanguage, string>> = {
  fr: 'français',
  en: 'anglais',
  ti: 'tigrigna',
  pcm: 'pidgin nigérian',
};
const DRAFT_MARK = 'Traduction provisoire, en attente de relecture';

/** What the person's cell shows for one text: its language, its words and the marks beside. */
interface PersonCell {
  textId: string;
  lang: string | null;
  text: string;
  marks: string[];
}

/** The person's cell as a reader of the texts files expects it: own text, else the fallback, marked. */
function expectedCell(textId: string, language: InterviewLanguage): PersonCell {
  for (const shown of [language, ...INTERVIEW_LANGUAGE_INFO[language].fallback]) {
    const entry = readTexts(shown).texts[textId];
    if (entry === undefined) continue;
    const marks =
      shown === language
        ? []
        : [`Affiché en ${FRENCH_NAMES[shown]} : pas encore de texte en ${FRENCH_NAMES[language]}`];
    if (entry.status === 'draft') marks.push(DRAFT_MARK);
    return { textId, lang: shown, text: entry.text, marks };
  }
  throw new Error(`${textId}: in no language at all`);
}

/** The French words of a section title, a statement or a question: how the worker finds a row. */
const TEXT_ID_BY_FRENCH = new Map(
  Object.entries(FRENCH.texts)
    .filter(([textId]) => textId.startsWith('question.') || textId.startsWith('section.'))
    .map(([textId, entry]) => [entry.text, textId]),
);

/**
 * The answers that open the most questions: the three consents, then a yes or a no where one
 * opens follow-up questions (a person under 18 opens the minor's section). Only
 * `proceedings.information` stays hidden: it is for a person who has not filed a complaint.
 */
const REVEALING_ANSWERS: readonly [questionId: string, choice: 'Oui' | 'Non'][] = [
  ['consent.agrees', 'Oui'],
  ['consent.use-for-file', 'Oui'],
  ['consent.share-with-team', 'Oui'],
  ['safety.safe-now', 'Non'],
  ['children.has-children', 'Oui'],
  ['identity.under-18', 'Oui'],
  ['identity.papers-with-you', 'Non'],
  ['recruitment.promise', 'Oui'],
  ['work.did-work', 'Oui'],
  ['proceedings.complaint', 'Oui'],
  ['proceedings.witness', 'Oui'],
];
const HIDDEN_BY_THOSE_ANSWERS = ['proceedings.information'];

function frenchOf(textId: string): string {
  const entry = FRENCH.texts[textId];
  if (entry === undefined) throw new Error(`${textId}: no French text`);
  return entry.text;
}

async function startInterview(page: Page, language: InterviewLanguage): Promise<void> {
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'DEMO-FR-001 (fictive)' }).click();
  const section = page.getByRole('region', { name: 'Entretiens' });
  await section.getByRole('button', { name: 'Commencer un entretien' }).click();
  await section.getByRole('combobox', { name: 'Langue de la personne' }).selectOption(language);
  await section.getByRole('button', { name: 'Commencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entretien' })).toBeVisible();
}

/** Answers as the worker does, question by question, each saved before the next shows. */
async function revealQuestions(page: Page): Promise<void> {
  for (const [questionId, choice] of REVEALING_ANSWERS) {
    const row = page.getByRole('group', { name: frenchOf(`question.${questionId}`), exact: true });
    // The choice's label is the worker's word, then the person's ("Oui እወ").
    const radio = row.getByRole('radio', { name: new RegExp(`^${choice}\\b`) });
    await radio.click();
    await expect(radio).toBeChecked();
  }
}

/** Every row of the page (titles, statements, questions): the worker's words and the person's cell. */
async function readRows(
  page: Page,
): Promise<{ worker: string; person: Omit<PersonCell, 'textId'> }[]> {
  return page.locator('.interview-section .interview-row__cells').evaluateAll((rows) =>
    rows.map((row) => {
      const [worker, person] = Array.from(row.children);
      const content = person?.querySelector('.interview-text__content');
      return {
        worker: worker?.querySelector('.interview-text__content')?.textContent ?? '',
        person: {
          lang: content?.getAttribute('lang') ?? null,
          text: content?.textContent ?? '',
          // Only marks a reader can see: a hidden one would be no mark at all.
          marks: Array.from(person?.querySelectorAll('.interview-text__mark') ?? [])
            .filter((mark) => mark.checkVisibility())
            .map((mark) => mark.textContent ?? ''),
        },
      };
    }),
  );
}

async function expectEveryRowInLanguage(page: Page, language: InterviewLanguage): Promise<void> {
  const rows = await readRows(page);
  const shown = rows.map(({ worker, person }) => ({
    textId: TEXT_ID_BY_FRENCH.get(worker) ?? `(a row the texts do not know: ${worker})`,
    ...person,
  }));
  expect(shown).toEqual(shown.map(({ textId }) => expectedCell(textId, language)));

  // Every question of the script is there, in order, but the one the answers hide.
  const questionIds = shown
    .map(({ textId }) => textId)
    .filter((textId) => textId.startsWith('question.'))
    .map((textId) => textId.slice('question.'.length));
  expect(questionIds).toEqual(
    listQuestions(SCREENING_SCRIPT_V1)
      .map(({ id }) => id)
      .filter((id) => !HIDDEN_BY_THOSE_ANSWERS.includes(id)),
  );
}

const ETHIOPIC_FAMILY = 'Noto Sans Ethiopic';
const FAMILY_FIRST = new RegExp(`^"?${ETHIOPIC_FAMILY}"?,`);
const ETHIOPIC = /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]/;

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** Ours: the web font of our stylesheet; a device font of the same name is not a custom font. */
function isOurEthiopicFace(font: PlatformFont): boolean {
  return font.familyName === ETHIOPIC_FAMILY && font.isCustomFont;
}

/**
 * Each Tigrinya text of the page: its words, its computed font-family and the fonts that actually
 * drew it, as the DevTools protocol reports them (`CSS.getPlatformFontsForNode`).
 */
async function readTigrinyaRendering(
  page: Page,
): Promise<{ text: string; fontFamily: string; fonts: PlatformFont[] }[]> {
  const texts = await page.locator('[lang="ti"]').allTextContents();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[lang="ti"]',
  });
  expect(nodeIds).toHaveLength(texts.length);
  const rendering = [];
  for (const [index, nodeId] of nodeIds.entries()) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
    rendering.push({
      text: texts[index] ?? '',
      fontFamily: computedStyle.find(({ name }) => name === 'font-family')?.value ?? '',
      fonts,
    });
  }
  await cdp.detach();
  return rendering;
}

test('an interview in Tigrinya: every text in Tigrinya or marked as shown in another language, drafts marked, the Ethiopic drawn with the app’s own font', async ({
  page,
}) => {
  // Eleven answers, each saved, and the page read row by row on a 2-core machine.
  test.slow();
  await startInterview(page, 'ti');
  await revealQuestions(page);
  await expectEveryRowInLanguage(page, 'ti');
  await expectAccessible(page);

  const cell = page.locator('.interview-row .interview-cell--person [lang="ti"]').first();
  const sample = (await cell.textContent()) ?? '';
  expect(sample).toMatch(ETHIOPIC);

  // The faces of our stylesheet are loaded, and the browser says the family can draw the text
  // now (check() alone proves little: it is true for a family that has no face at all).
  await expect
    .poll(() =>
      page.evaluate(
        (name) =>
          [...document.fonts]
            .filter((face) => face.family.replace(/^["']|["']$/g, '') === name)
            .map((face) => `${face.weight} ${face.status}`)
            .sort(),
        ETHIOPIC_FAMILY,
      ),
    )
    .toEqual(['400 loaded', '700 loaded']);
  expect(
    await page.evaluate(([name, text]) => document.fonts.check(`16px "${name}"`, text), [
      ETHIOPIC_FAMILY,
      sample,
    ] as const),
  ).toBe(true);
  expect(await cell.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(
    FAMILY_FIRST,
  );

  // And it is the one used, for every Tigrinya text of the page, the choices' words included.
  await expect(page.locator('.interview-choice__person[lang="ti"]').first()).toBeVisible();
  const notOurs = (await readTigrinyaRendering(page)).filter(({ text, fontFamily, fonts }) => {
    const ours = fonts.filter((font) => isOurEthiopicFace(font));
    const drawnByOthers = fonts
      .filter((font) => !isOurEthiopicFace(font))
      .reduce((sum, font) => sum + font.glyphCount, 0);
    // Other fonts may draw the spaces, digits and Latin punctuation, never an Ethiopic letter.
    const otherCharacters = [...text].filter((c) => !ETHIOPIC.test(c)).length;
    return !FAMILY_FIRST.test(fontFamily) || ours.length !== 1 || drawnByOthers > otherCharacters;
  });
  expect(notOurs).toEqual([]);
});

test('an interview in Nigerian Pidgin: every text in Pidgin or marked as shown in another language, drafts marked', async ({
  page,
}) => {
  test.slow();
  await startInterview(page, 'pcm');
  await revealQuestions(page);
  await expectEveryRowInLanguage(page, 'pcm');
  await expectAccessible(page);
});
