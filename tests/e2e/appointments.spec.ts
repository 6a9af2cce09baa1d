import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dateField, expect, expectAccessible, fillDate, test, unlockDemo } from './fixtures';

/** The browser's own calendar date, shifted by some days. */
async function browserDay(page: Page, days: number): Promise<string> {
  return page.evaluate((shift) => {
    const day = new Date();
    day.setDate(day.getDate() + shift);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }, days);
}

test('acceptance 8: an appointment added to a case is on the dashboard and in the calendar file, without personal data', async ({
  page,
}) => {
  test.slow();
  const label = 'DEMO-E2E-RDV Aube Fictive';
  await unlockDemo(page, '/cases');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill(label);
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  const caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const reference = caseId.slice(-8).toUpperCase();

  const section = page.getByRole('region', { name: 'Rendez-vous' });
  await section.getByRole('button', { name: 'Ajouter un rendez-vous' }).click();
  const form = section.locator('form');
  await form.getByLabel('Type de rendez-vous').selectOption({ label: 'Préfecture' });
  await fillDate(dateField(form, 'Date'), await browserDay(page, 3));
  await form.getByLabel('Heure').fill('09:30');
  await form.getByLabel('Lieu').fill('Préfecture Imaginaire, guichet 3');
  await form.getByLabel('Interprète nécessaire').selectOption({ value: 'ti' });
  await form.getByLabel('Note').fill('Apporter le passeport fictif');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Enregistrer le rendez-vous' }).click();
  await expect(form).toHaveCount(0);
  // Focus goes back to the list: the saved appointment's Edit button.
  await expect(section.getByRole('button', { name: /^Modifier : Préfecture/ })).toBeFocused();
  await expect(section).toContainText('Préfecture Imaginaire, guichet 3');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Échéances/ })
    .click();
  const upcoming = page.getByRole('region', { name: /Rendez-vous à venir/ });
  const row = upcoming.getByRole('listitem').filter({ hasText: `Dossier ${reference}` });
  await expect(row).toContainText('Préfecture');
  await expect(row).toContainText('09:30');
  await expect(upcoming).not.toContainText(label);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le calendrier (.ics)' }).click();
  const text = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(text).toContain(`Dossier ${reference} : rendez-vous\\, Préfecture`);
  expect(text).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T093000/);
  expect(text).toContain('BEGIN:VTIMEZONE');
  expect(text).toContain('BEGIN:VALARM');
  for (const personal of ['Aube', 'Fictive', 'Imaginaire', 'guichet', 'passeport', 'tigrigna'])
    expect(text.toLowerCase()).not.toContain(personal.toLowerCase());
});
