import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { makeNextVersion, startSwappableServer } from './static-server';

/**
 * Issue 13, acceptance 3: a second build at the same URL is announced; the update waits while the
 * case's facts have unsaved input; once saved and accepted, the page runs the new version and
 * every case is there.
 */
const PASSPHRASE = 'marée-haute-sur-la-digue-7';

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Phrase secrète').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller', exact: true })).toBeVisible({
    timeout: 15_000,
  });
}

test('a new version is announced, waits while the case form has unsaved input, then runs with every case intact', async ({
  browser,
}) => {
  test.slow();
  const first = join(process.cwd(), process.env.PRODUCTION_OUT_DIR ?? 'dist');
  const work = await mkdtemp(join(tmpdir(), 'passerelle-next-'));
  const next = join(work, 'next');
  await makeNextVersion(first, next);
  const server = await startSwappableServer(first);
  const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Phrase secrète', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirmez la phrase secrète').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Protéger et commencer' }).click();
    await page.getByRole('link', { name: 'Nouveau dossier' }).click();
    await page.getByLabel('Pseudonyme ou numéro de dossier').fill('DEMO-E2E-MISE-A-JOUR');
    await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
    await page.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'DEMO-E2E-MISE-A-JOUR' }),
    ).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // From the next load on, the page runs under the shell worker (as every later visit does).
    await page.reload();
    await unlock(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'DEMO-E2E-MISE-A-JOUR' }),
    ).toBeVisible();

    // Typing, not saved yet; then the second version is published at the same URL.
    await page.getByLabel('Prénom(s)').fill('Ondine');
    server.serve(next);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const update = page.getByRole('region', { name: 'Mise à jour de Passerelle' });
    await expect(update).toContainText('Une nouvelle version de Passerelle est prête.', {
      timeout: 20_000,
    });
    await expect(update).toContainText('dès que vos saisies en cours seront enregistrées');
    await expect(update.getByRole('button', { name: 'Mettre à jour maintenant' })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
    await expect(page.getByText('Dossier enregistré.')).toBeVisible();
    await update.getByRole('button', { name: 'Mettre à jour maintenant' }).click();

    // The new version runs (its shell says so), locked as after any reload; the case is whole.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
    ).toBeVisible({ timeout: 20_000 });
    expect(
      await page.evaluate(async () => (await (await fetch('/')).text()).includes('next version')),
    ).toBe(true);
    await unlock(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'DEMO-E2E-MISE-A-JOUR' }),
    ).toBeVisible();
    await expect(page.getByLabel('Prénom(s)')).toHaveValue('Ondine');
    await expect(page.getByRole('region', { name: 'Mise à jour de Passerelle' })).toHaveCount(0);
  } finally {
    await context.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
});
