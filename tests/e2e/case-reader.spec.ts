import type { Worker } from '@playwright/test';
import { expect, test, unlockDemo } from './fixtures';

/**
 * Issue 13: the list's cases are read, decrypted and checked in a worker of their own, which
 * keeps them while the vault is unlocked; locking ends it, and what it kept with it.
 */
test('the cases are read in a worker while unlocked, and locking ends that worker', async ({
  page,
}) => {
  const readers: Worker[] = [];
  page.on('worker', (worker) => {
    if (/case-reader/.test(worker.url())) readers.push(worker);
  });
  await unlockDemo(page);
  await expect(page.locator('.case-list li').first()).toBeVisible();
  await expect.poll(() => readers.length).toBe(1);
  const reader = readers[0];
  const ended = new Promise<void>((resolve) => reader?.on('close', () => resolve()));

  await page.getByRole('button', { name: 'Verrouiller', exact: true }).click();
  await expect(page.getByLabel('Phrase secrète', { exact: true })).toBeVisible();
  await ended;
  expect(page.workers().filter((worker) => /case-reader/.test(worker.url()))).toHaveLength(0);
});
