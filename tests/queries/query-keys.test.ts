import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseQueries } from '../../src/queries/case-queries';
import { interviewQueries } from '../../src/queries/interview-queries';
import { isKeptWhileLocked, queryKeys } from '../../src/queries/query-keys';
import { passphraseQueries } from '../../src/queries/passphrase-checker';
import { deviceQueries, vaultQueries } from '../../src/queries/vault-queries';

/**
 * The keys of shared data are written once (src/queries/query-keys.ts): a key typed by hand
 * elsewhere would split the cache silently, a case page showing one version and the list another.
 */
describe('query keys of shared data', () => {
  it('are the ones every view shares, and a renamed key fails here', () => {
    expect(caseQueries.list().queryKey).toEqual(['cases', 'list']);
    expect(caseQueries.detail('0193-demo').queryKey).toEqual(['cases', 'detail', '0193-demo']);
    expect(caseQueries.attachments('0193-demo').queryKey).toEqual([
      'cases',
      'attachments',
      '0193-demo',
    ]);
    expect(interviewQueries.listForCase('0193-demo').queryKey).toEqual([
      'cases',
      'interviews',
      'of-case',
      '0193-demo',
    ]);
    expect(interviewQueries.detail('0193-iv').queryKey).toEqual([
      'cases',
      'interviews',
      'detail',
      '0193-iv',
    ]);
    expect(vaultQueries.state().queryKey).toEqual(['vault', 'state']);
    expect(vaultQueries.createdAt().queryKey).toEqual(['vault', 'createdAt']);
    expect(vaultQueries.unlockRetryAt().queryKey).toEqual(['vault', 'unlockRetryAt']);
    expect(passphraseQueries.checker().queryKey).toEqual(['passphrase', 'checker']);
    expect(deviceQueries.settings().queryKey).toEqual(['device', 'settings']);
    expect(deviceQueries.storage().queryKey).toEqual(['device', 'storage']);
  });

  it('put every query of case data under one root, so a lock or a deletion reaches them all', () => {
    const root = queryKeys.cases.all();
    for (const key of [
      caseQueries.list().queryKey,
      caseQueries.detail('x').queryKey,
      caseQueries.attachments('x').queryKey,
      interviewQueries.listForCase('x').queryKey,
      interviewQueries.detail('x').queryKey,
    ])
      expect(key.slice(0, root.length)).toEqual(root);
  });

  it('keep only the vault state and the device settings across a lock, never case data', () => {
    expect(isKeptWhileLocked(vaultQueries.state().queryKey)).toBe(true);
    expect(isKeptWhileLocked(deviceQueries.settings().queryKey)).toBe(true);
    expect(isKeptWhileLocked(caseQueries.list().queryKey)).toBe(false);
    expect(isKeptWhileLocked(caseQueries.detail('x').queryKey)).toBe(false);
    expect(isKeptWhileLocked(interviewQueries.detail('x').queryKey)).toBe(false);
    expect(isKeptWhileLocked(['profile'])).toBe(false);
  });

  it('are written as literals in one source file only', async () => {
    // Every layer that may hold react-query keys (storage/ and domain/ have no React at all).
    const files = (
      await Promise.all(
        ['queries', 'features', 'app', 'ui', 'i18n', 'sync', 'mocks'].map((layer) =>
          sourceFiles(join('src', layer)),
        ),
      )
    ).flat();
    // The shapes of the shared keys: ['cases'], ['cases', 'list' | 'detail' | 'attachments', …],
    // ['cases', 'interviews', 'of-case' | 'detail', …] (not sync's list of wire tables),
    // ['vault', 'state'], ['device', …], and the older 'device-settings' / 'device-storage'.
    const literal =
      /\[\s*'cases'\s*(\]|,\s*'(list|detail|attachments)'|,\s*'interviews'\s*,\s*'(of-case|detail)')|\[\s*'vault'\s*,\s*'state'|\[\s*'device'\s*[,\]]|'device-(settings|storage)'/;
    const writers: string[] = [];
    for (const file of files) if (literal.test(await readFile(file, 'utf8'))) writers.push(file);
    expect(writers).toEqual([join('src', 'queries', 'query-keys.ts')]);
  });
});

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return Promise.resolve(/\.(ts|tsx)$/.test(entry.name) ? [path] : []);
    }),
  );
  return nested.flat();
}
