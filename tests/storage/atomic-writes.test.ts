import { afterEach, describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import { closeStorage } from '../../src/storage/storage';
import { createEncryptedCodec } from '../../src/storage/record-codec';
import { createRepositories } from '../../src/storage/repositories';
import { freshDatabaseName, openUnlockedStorage, randomDataKey } from '../setup/storage';

afterEach(() => closeStorage());

/** A second connection to the same database, as another part of the browser would see it. */
async function inspect(name: string) {
  const db = new PasserelleDb(name);
  await db.open();
  return db;
}

describe('atomic writes', () => {
  it('a failure in the middle of a save leaves neither the case change nor its outbox entry', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    const { cases } = await openUnlockedStorage(name, key);
    const created = await cases.create({ label: 'DEMO-ATOMIC', pathway: 'fr-trafficking' });
    const probe = await inspect(name);
    const outboxBefore = await probe.outbox.count();

    // Another connection whose device refuses the last write of the unit, the audit entry.
    const failing = new PasserelleDb(name);
    failing.audit.hook('creating', () => {
      throw new Error('simulated failure while writing the audit entry');
    });
    await failing.open();
    const failingCases = createRepositories(failing, createEncryptedCodec(key)).cases;

    await expect(failingCases.update(created.id, { label: 'DEMO-ATOMIC changed' })).rejects.toThrow(
      /simulated failure/,
    );

    expect(await probe.outbox.count()).toBe(outboxBefore);
    expect((await probe.cases.get(created.id))?.rev).toBe(1);
    expect((await cases.get(created.id))?.label).toBe('DEMO-ATOMIC');
    failing.close();
    probe.close();
  });

  it('a case change, its outbox entry and its audit entry are written together', async () => {
    const name = freshDatabaseName();
    const { cases } = await openUnlockedStorage(name);
    const created = await cases.create({ label: 'DEMO-OUTBOX', pathway: 'be-trafficking' });
    await cases.update(
      created.id,
      { label: 'DEMO-OUTBOX 2' },
      { rev: created.rev, content: created },
    );

    const probe = await inspect(name);
    const outbox = await probe.outbox.toArray();
    expect(outbox.map(({ changes }) => changes)).toEqual([
      [{ table: 'cases', entityId: created.id, op: 'put', rev: 1 }],
      [{ table: 'cases', entityId: created.id, op: 'put', rev: 2 }],
    ]);
    expect((await probe.audit.toArray()).map((entry) => entry.action)).toEqual([
      'case.create',
      'case.update',
    ]);
    probe.close();
  });
});
