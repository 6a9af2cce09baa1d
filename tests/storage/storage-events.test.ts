import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../src/storage/errors';
import {
  getRepositories,
  openStorage,
  subscribeToStorage,
  unlockWithKey,
  type StorageEvent,
} from '../../src/storage/storage';
import { freshDatabaseName, randomDataKey } from '../setup/storage';

describe('storage events', () => {
  it('a newer version of the app opening the database makes this tab step aside and say so', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    const events: StorageEvent['type'][] = [];
    subscribeToStorage((event) => events.push(event.type));

    const newer = new Dexie(name);
    newer.version(99).stores({ cases: 'id' });
    await newer.open();

    expect(events).toContain('version-change');
    newer.close();
  });

  it('announces every committed write, so what is shown can be read again', async () => {
    await openStorage({ name: freshDatabaseName() });
    await unlockWithKey(await randomDataKey());
    const events: StorageEvent['type'][] = [];
    subscribeToStorage((event) => events.push(event.type));

    await getRepositories().cases.create({ label: 'DEMO-EVENTS', pathway: 'fr-trafficking' });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(events).toContain('changed');
  });

  it('names the records a write changed, with their revision, and tells the other tabs their ids only', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await unlockWithKey(await randomDataKey());
    const events: StorageEvent[] = [];
    subscribeToStorage((event) => events.push(event));
    const otherTab = new BroadcastChannel(`passerelle-changes:${name}`);
    const posted: unknown[] = [];
    otherTab.addEventListener('message', (message) => posted.push(message.data));

    const created = await getRepositories().cases.create({
      label: 'DEMO-SECRET-LABEL',
      pathway: 'fr-trafficking',
    });
    const file = await getRepositories().attachments.add(created.id, 'passport', {
      fileName: 'demo-scan.png',
      mediaType: 'image/png',
      content: new Blob([new Uint8Array([1, 2, 3])]),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(events).toEqual([
      {
        type: 'changed',
        fromThisTab: true,
        records: [{ table: 'cases', id: created.id, op: 'put', rev: 1, caseId: undefined }],
      },
      {
        type: 'changed',
        fromThisTab: true,
        records: [{ table: 'attachments', id: file.id, op: 'put', rev: 1, caseId: created.id }],
      },
    ]);
    expect(posted).toHaveLength(2);
    expect(JSON.stringify(posted)).not.toMatch(/DEMO-SECRET-LABEL|demo-scan/);
    otherTab.close();
  });

  it('recognises the quota error as IndexedDB and Dexie report it', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(
      isQuotaError(new Dexie.QuotaExceededError(new DOMException('full', 'QuotaExceededError'))),
    ).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
