import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium';
import { dateField, expect, expectAccessible, fillDate, test } from '../fixtures';

/**
 * Issue 13 on the production build, with the app's own service worker (decision 008): after one
 * visit the app starts, unlocks and works with no network at all, and its cache holds the shell
 * only: no API response, nothing typed.
 */
const CANARY = 'CANARY-offline-7f3a';
const PASSPHRASE = 'marée-haute-sur-la-digue-7';

async function createVault(page: Page): Promise<void> {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Protéger les dossiers de cet appareil' }),
  ).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Phrase secrète', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirmez la phrase secrète').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Protéger et commencer' }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller', exact: true })).toBeVisible({
    timeout: 15_000,
  });
}

async function unlock(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
  ).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Phrase secrète').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller', exact: true })).toBeVisible({
    timeout: 15_000,
  });
}

/**
 * Waits until the shell worker is active: everything is precached. It controls the pages opened
 * from then on (the first page stays as it loaded: no claim).
 */
async function waitForShell(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** No network for the pages nor for the service worker's own requests. */
async function cutNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

async function restoreNetwork(context: BrowserContext): Promise<void> {
  await context.unrouteAll();
  await context.setOffline(false);
}

async function createCase(page: Page, label: string): Promise<void> {
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Pseudonyme ou numéro de dossier').fill(label);
  await page.getByLabel('France : victime de traite ou de proxénétisme (L425-1)').check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible({
    timeout: 10_000,
  });
}

test('after one visit, the app starts, unlocks and works with no network; its cache holds the shell only', async ({
  page,
  context,
}) => {
  test.slow();
  await page.goto('/');
  // The first visit: the shell is installed while the worker sets the device up.
  await createVault(page);
  await createCase(page, `${CANARY}-first`);
  await waitForShell(page);

  await cutNetwork(context);
  const offline = await context.newPage();
  await offline.goto('/');
  // Chromium 150 starts a page opened from the service worker's cache as online, although its
  // context is offline: said again once the page is there (the routes still cut every request).
  await context.setOffline(false);
  await context.setOffline(true);
  await unlock(offline);
  // Said quietly in the header.
  await expect(offline.getByRole('status').filter({ hasText: 'Hors ligne' })).toBeVisible();
  await offline.getByLabel('Rechercher').fill(`${CANARY}-first`);
  await offline.getByRole('link', { name: `${CANARY}-first` }).click();
  await offline.getByRole('button', { name: 'Ajouter un événement' }).click();
  await fillDate(dateField(offline, 'Date'), '2026-11-02');
  await offline.getByLabel('Note (facultative)').fill(`${CANARY}-note`);
  await offline.getByRole('button', { name: 'Enregistrer l’événement' }).click();
  await expect(offline.getByText(`${CANARY}-note`)).toBeVisible();
  await offline.getByRole('link', { name: 'Tous les dossiers' }).click();
  await createCase(offline, `${CANARY}-offline`);
  await expectAccessible(offline);

  await restoreNetwork(context);
  await offline.goto('/cases');
  await unlock(offline);
  await expect(offline.getByRole('status').filter({ hasText: 'Hors ligne' })).toHaveCount(0);
  await offline.getByLabel('Rechercher').fill(CANARY);
  await expect(offline.getByRole('link', { name: `${CANARY}-offline` })).toBeVisible();
  await offline.getByRole('link', { name: `${CANARY}-first` }).click();
  await expect(offline.getByText(`${CANARY}-note`)).toBeVisible();

  // Cache Storage: the shell's files, and nothing else.
  const cached = await offline.evaluate(async () => {
    const entries: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push({ url: request.url, text: response ? await response.text() : '' });
      }
    }
    return entries;
  });
  expect(cached.length).toBeGreaterThan(10);
  expect(cached.filter(({ url }) => new URL(url).pathname.startsWith('/api'))).toEqual([]);
  for (const { url, text } of cached) expect(text, url).not.toContain(CANARY);
});

test('the production build is installable: Chromium finds no installability error', async ({
  playwright,
  baseURL,
}) => {
  // Chromium never offers to install from a private window, which a new context is: a profile.
  const profile = await mkdtemp(join(tmpdir(), 'passerelle-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    baseURL,
    locale: 'fr-FR',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Protéger les dossiers de cet appareil' }),
    ).toBeVisible({ timeout: 15_000 });
    await waitForShell(page);
    const session = await context.newCDPSession(page);
    const manifest = (await session.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
