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

/**
 * Issue 10, as a new user would, with the page's clock set: after a refusal with an OQTF, the
 * appeal deadline is the first thing on the case and opens the dashboard; an appeal before the
 * tribunal meets it; a renewal filed after its window says it was late. French, then English.
 */
const TODAY = new Date('2026-11-30T10:00:00+01:00');

interface Words {
  newCase: string;
  label: string;
  pathway: string;
  create: string;
  addEvent: string;
  eventType: string;
  saveEvent: string;
  decision: string;
  outcome: string;
  refused: string;
  notifiedOn: string;
  oqtf: string;
  situation: string;
  free: string;
  departure: string;
  departureGranted: string;
  appeal: string;
  against: string;
  againstOqtf: string;
  court: string;
  tribunal: string;
  date: string;
  appeals: string;
  appealOqtf: string;
  due: string;
  departureUntil: string;
  answered: string;
  deadlinesNav: RegExp;
  appealsGroup: RegExp;
  lawyer: string;
}

const FR: Words = {
  newCase: 'Nouveau dossier',
  label: 'Pseudonyme ou numéro de dossier',
  pathway: 'France : victime de traite ou de proxénétisme (L425-1)',
  create: 'Créer le dossier',
  addEvent: 'Ajouter un événement',
  eventType: 'Type d’événement',
  saveEvent: 'Enregistrer l’événement',
  decision: 'Décision de la préfecture ou de l’Office des Étrangers',
  outcome: 'Décision',
  refused: 'Refusé',
  notifiedOn: 'Date de notification',
  oqtf: 'OQTF notifiée',
  situation: 'Situation de la personne à la notification',
  free: 'Libre',
  departure: 'Délai de départ volontaire',
  departureGranted: 'Accordé (30 jours)',
  appeal: 'Recours déposé',
  against: 'Recours contre',
  againstOqtf: 'l’OQTF',
  court: 'Voie de recours',
  tribunal:
    'Devant le juge (tribunal administratif ; en Belgique, Conseil du contentieux des étrangers)',
  date: 'Date',
  appeals: 'Recours',
  appealOqtf: 'Recours contre l’OQTF',
  due: 'Au plus tard le 20 décembre 2026',
  departureUntil: 'jusqu’au 20 décembre 2026',
  answered: 'fait le 28 novembre 2026',
  deadlinesNav: /Échéances/,
  appealsGroup: /^Recours \(\d+\)$/,
  lawyer: 'Contactez un avocat',
};

const EN: Words = {
  newCase: 'New case',
  label: 'Pseudonym or case number',
  pathway: 'France: victim of trafficking or procuring (L425-1)',
  create: 'Create case',
  addEvent: 'Add an event',
  eventType: 'Type of event',
  saveEvent: 'Save the event',
  decision: 'Decision of the prefecture or the Immigration Office',
  outcome: 'Decision',
  refused: 'Refused',
  notifiedOn: 'Date of notification',
  oqtf: 'OQTF (obligation to leave France) notified',
  situation: "The person's situation when notified",
  free: 'At liberty',
  departure: 'Voluntary departure period',
  departureGranted: 'Granted (30 days)',
  appeal: 'Appeal filed',
  against: 'Appeal against',
  againstOqtf: 'the OQTF',
  court: 'Type of appeal',
  tribunal:
    'Before a judge (administrative court, tribunal administratif; in Belgium, the Council for Alien Law Litigation)',
  date: 'Date',
  appeals: 'Appeals',
  appealOqtf: 'Appeal against the OQTF',
  due: 'By December 20, 2026 at the latest',
  departureUntil: 'until December 20, 2026',
  answered: 'done on November 28, 2026',
  deadlinesNav: /Deadlines/,
  appealsGroup: /^Appeals \(\d+\)$/,
  lawyer: 'Contact a lawyer',
};

async function addEvent(
  page: Page,
  words: Words,
  type: string,
  fill: (form: ReturnType<Page['locator']>) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: words.addEvent }).click();
  const form = page.locator('form.event-form');
  await form.getByLabel(words.eventType).selectOption({ label: type });
  await fill(form);
  await form.getByRole('button', { name: words.saveEvent }).click();
  await expect(form).toHaveCount(0);
}

async function refusalWithOqtf(page: Page, words: Words, label: string): Promise<void> {
  await page.getByRole('link', { name: words.newCase }).click();
  await page.getByLabel(words.label).fill(label);
  await page.getByLabel(words.pathway).check();
  await page.getByRole('button', { name: words.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();

  await addEvent(page, words, words.decision, async (form) => {
    await form.getByLabel(words.outcome).selectOption({ label: words.refused });
    // A decision's date is the day it was notified.
    await fillDate(dateField(form, words.notifiedOn), '2026-11-20');
  });
  await addEvent(page, words, words.oqtf, async (form) => {
    await form.getByLabel(words.situation).selectOption({ label: words.free });
    await form.getByLabel(words.departure).selectOption({ label: words.departureGranted });
    await fillDate(dateField(form, words.notifiedOn), '2026-11-20');
  });
}

async function checkAppeal(page: Page, words: Words, label: string): Promise<void> {
  // FR-A6: free, with a departure period: one month from notification (D3); FR-A10 beside it.
  const appeals = page.getByRole('region', { name: words.appeals, exact: true });
  // The deadline's line (its title starts it), not the information that mentions the OQTF.
  const oqtf = appeals
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${words.appealOqtf}`) });
  await expect(oqtf).toContainText(words.due);
  await expect(oqtf).toContainText('FR-A6');
  await expect(oqtf).toContainText(words.departureUntil);
  await expect(appeals).toContainText(words.lawyer);
  await expectAccessible(page);

  await page.getByRole('navigation').getByRole('link', { name: words.deadlinesNav }).click();
  const group = page.getByRole('region', { name: words.appealsGroup });
  const row = group.getByRole('listitem').filter({ hasText: label });
  await expect(row).toContainText(words.appealOqtf);
  await expect(row).toContainText(words.due);
  await expect(row).toContainText('FR-A6');
  // The appeals open the dashboard.
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(words.appealsGroup);
  await expectAccessible(page);

  await row.getByRole('link', { name: label }).click();
  await addEvent(page, words, words.appeal, async (form) => {
    await form.getByLabel(words.against).selectOption({ label: words.againstOqtf });
    await form.getByLabel(words.court).selectOption({ label: words.tribunal });
    await fillDate(dateField(form, words.date), '2026-11-28');
  });
  await expect(oqtf).toContainText(words.answered);
}

test('FR-A6: a refusal with an OQTF to a free person granted a departure period: one month to appeal, on the case and first on the dashboard; an appeal before the tribunal meets it', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await unlockDemo(page, '/cases');
  await refusalWithOqtf(page, FR, 'DEMO-E2E-OQTF');
  await checkAppeal(page, FR, 'DEMO-E2E-OQTF');
});

test('FR-G8: a renewal filed after its window closed says it was filed late, with its rule', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: FR.newCase }).click();
  await page.getByLabel(FR.label).fill('DEMO-E2E-RETARD');
  await page.getByLabel(FR.pathway).check();
  await page.getByRole('button', { name: FR.create }).click();

  await addEvent(page, FR, 'Titre délivré', async (form) => {
    await form
      .getByLabel('Titre ou document')
      .selectOption({ label: 'Carte de séjour temporaire « vie privée et familiale »' });
    await fillDate(dateField(form, 'Valable à partir du'), '2025-12-15');
    // D2: last valid day 2026-12-14; FR-G1: the window closed on 2026-10-15.
    await expectDate(dateField(form, 'Dernier jour de validité'), '2026-12-14');
  });
  await addEvent(page, FR, 'Demande déposée', async (form) => {
    await form.getByLabel('Demande', { exact: true }).selectOption({ label: 'Renouvellement' });
    await fillDate(dateField(form, 'Date'), '2026-11-10');
  });
  const assessment = page.getByRole('region', { name: 'Évaluation' });
  await expect(
    assessment.getByRole('listitem').filter({ hasText: 'Dépôt de la demande de renouvellement' }),
  ).toContainText('En retard : demande déposée le 10 novembre 2026');
  const late = assessment
    .getByRole('listitem')
    .filter({ hasText: 'déposé après la fin de la période de dépôt' });
  await expect(late).toContainText('Règle FR-G8');
  await expectAccessible(page);
});

test('FR-A6 in English: the same refusal with an OQTF, read and recorded in the English UI', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await unlockDemo(page, '/cases');
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await expect(page.getByRole('link', { name: EN.newCase })).toBeVisible();
  await refusalWithOqtf(page, EN, 'DEMO-E2E-OQTF-EN');
  await checkAppeal(page, EN, 'DEMO-E2E-OQTF-EN');
});

test('FR-G8 in English: a renewal filed after its window closed says it was filed late, with its rule', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await unlockDemo(page, '/cases');
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await page.getByRole('link', { name: EN.newCase }).click();
  await page.getByLabel(EN.label).fill('DEMO-E2E-LATE');
  await page.getByLabel(EN.pathway).check();
  await page.getByRole('button', { name: EN.create }).click();

  await addEvent(page, EN, 'Permit issued', async (form) => {
    await form.getByLabel('Permit or document').selectOption({
      label: 'Temporary residence card “vie privée et familiale” (private and family life)',
    });
    await fillDate(dateField(form, 'Valid from'), '2025-12-15');
    await expectDate(dateField(form, 'Last day of validity'), '2026-12-14');
  });
  await addEvent(page, EN, 'Application filed', async (form) => {
    await form.getByLabel('Application', { exact: true }).selectOption({ label: 'Renewal' });
    await fillDate(dateField(form, 'Date'), '2026-11-10');
  });
  const assessment = page.getByRole('region', { name: 'Assessment' });
  await expect(
    assessment.getByRole('listitem').filter({ hasText: 'Filing of the renewal application' }),
  ).toContainText('Late: application filed on November 10, 2026');
  await expect(
    assessment
      .getByRole('listitem')
      .filter({ hasText: 'The renewal was filed after the end of the filing period' }),
  ).toContainText('Rule FR-G8');
  await expectAccessible(page);
});
