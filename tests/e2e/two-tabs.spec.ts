import type { BrowserContext, Page } from '@playwright/test';
import { dateField, expect, fillDate, readDate, test, unlockDemo } from './fixtures';

/**
 * One case open in two tabs (issue 11): saves merge, never overwrite. Changes to different fields
 * in each tab are both kept; the same field changed in both is shown with both values and the
 * user's choice is kept; "saved" is never shown while an edit was dropped. Form and timeline.
 */
async function openInTwoTabs(page: Page, context: BrowserContext) {
  // Two tabs, each unlocked as a user would: twice the work of a one-tab test.
  test.slow();
  await unlockDemo(page, '/cases');
  await page.getByLabel('Rechercher').fill('DEMO-FR-002');
  await page.getByRole('link', { name: /DEMO-FR-002/ }).click();
  await expect(page.getByLabel('Prénom(s)')).toHaveValue('Brise');
  const tabB = await context.newPage();
  await unlockDemo(tabB, new URL(page.url()).pathname);
  await expect(tabB.getByLabel('Prénom(s)')).toHaveValue('Brise');
  return { tabA: page, tabB };
}

const saveCase = (tab: Page) => tab.getByRole('button', { name: 'Enregistrer le dossier' }).click();
const notes = (tab: Page) => tab.getByLabel('Notes', { exact: true });

test('two tabs change different fields of one case and save: both changes are kept', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await openInTwoTabs(page, context);
  await notes(tabB).fill('Note de l’onglet B');
  await tabA.getByLabel('Prénom(s)').fill('Prénom de l’onglet A');
  await saveCase(tabA);
  await expect(tabA.getByText('Dossier enregistré.')).toBeVisible();

  // A's saved first name shows in B, where it was not being edited; B's typing stays.
  await expect(tabB.getByLabel('Prénom(s)')).toHaveValue('Prénom de l’onglet A');
  await expect(notes(tabB)).toHaveValue('Note de l’onglet B');
  await saveCase(tabB);
  await expect(tabB.getByText('Dossier enregistré', { exact: false })).toBeVisible();

  // Both saved: a reload of A shows both.
  await expect(notes(tabA)).toHaveValue('Note de l’onglet B');
  await tabA.reload();
  await unlockDemo(tabA, new URL(tabA.url()).pathname);
  await expect(tabA.getByLabel('Prénom(s)')).toHaveValue('Prénom de l’onglet A');
  await expect(notes(tabA)).toHaveValue('Note de l’onglet B');
  await tabB.close();
});

test('two tabs save different fields at the same moment: both changes are kept', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await openInTwoTabs(page, context);
  await tabA.getByLabel('Prénom(s)').fill('Prénom simultané A');
  await notes(tabB).fill('Note simultanée B');
  await Promise.all([saveCase(tabA), saveCase(tabB)]);
  await expect(tabA.getByText('Dossier enregistré', { exact: false })).toBeVisible();
  await expect(tabB.getByText('Dossier enregistré', { exact: false })).toBeVisible();

  const tabC = await context.newPage();
  await unlockDemo(tabC, new URL(tabA.url()).pathname);
  await expect(tabC.getByLabel('Prénom(s)')).toHaveValue('Prénom simultané A');
  await expect(notes(tabC)).toHaveValue('Note simultanée B');
  await tabB.close();
  await tabC.close();
});

test('the same field changed in two tabs: the second shows both values, saves nothing until the user chooses, then keeps the choice', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await openInTwoTabs(page, context);
  await notes(tabB).fill('Note tapée dans B');
  await notes(tabA).fill('Note enregistrée par A');
  await saveCase(tabA);
  await expect(tabA.getByText('Dossier enregistré.')).toBeVisible();

  const conflict = tabB.getByRole('alert').filter({ hasText: 'modifié ailleurs' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Note enregistrée par A')).toBeVisible();
  await expect(conflict.getByText('Note tapée dans B')).toBeVisible();
  await expect(notes(tabB)).toHaveValue('Note tapée dans B');

  await saveCase(tabB);
  await expect(tabB.getByText('Rien n’a été enregistré', { exact: false })).toBeVisible();
  await expect(tabB.getByText('Dossier enregistré', { exact: false })).toHaveCount(0);
  await expect(notes(tabA)).toHaveValue('Note enregistrée par A');

  await tabB.getByRole('button', { name: 'Garder ma saisie : Notes' }).click();
  await saveCase(tabB);
  await expect(tabB.getByText('Dossier enregistré', { exact: false })).toBeVisible();
  await expect(notes(tabA)).toHaveValue('Note tapée dans B');
  await tabB.close();
});

test('one timeline event edited in two tabs: different fields are both kept; the same field shows both values', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await openInTwoTabs(page, context);
  const timeline = (tab: Page) => tab.getByRole('region', { name: 'Chronologie' });
  const openEditor = async (tab: Page) => {
    await timeline(tab).getByRole('button', { name: 'Modifier : Plainte déposée' }).click();
    return timeline(tab).locator('form');
  };
  const editorA = await openEditor(tabA);
  const editorB = await openEditor(tabB);
  const originalDate = await readDate(dateField(editorA, 'Date'));

  // Different fields: A writes a note, B changes the date.
  await editorA.getByLabel('Note').fill('Note de l’événement (A)');
  await editorA.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(editorA).toHaveCount(0);
  await fillDate(dateField(editorB, 'Date'), '2026-01-05');
  await expect(editorB.getByLabel('Note')).toHaveValue('Note de l’événement (A)');
  await editorB.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(editorB).toHaveCount(0);
  await expect(timeline(tabA).getByText('Note de l’événement (A)')).toBeVisible();
  await expect(timeline(tabA).getByText('5 janvier 2026')).toBeVisible();
  expect(originalDate).not.toBe('2026-01-05');

  // The same field: both change the note; the second to save sees both and chooses.
  const againA = await openEditor(tabA);
  const againB = await openEditor(tabB);
  await againB.getByLabel('Note').fill('Note B');
  await againA.getByLabel('Note').fill('Note A');
  await againA.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(againA).toHaveCount(0);
  const conflict = againB.getByRole('alert').filter({ hasText: 'modifié ailleurs' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Note A')).toBeVisible();
  await expect(conflict.getByText('Note B')).toBeVisible();
  await againB
    .getByRole('button', { name: 'Garder la valeur enregistrée ailleurs : Note (facultative)' })
    .click();
  await againB.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(againB).toHaveCount(0);
  await expect(timeline(tabB).getByText('Note A')).toBeVisible();
  await expect(timeline(tabB).getByText('Note B')).toHaveCount(0);
  await tabB.close();
});
