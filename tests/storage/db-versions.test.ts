import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import { loadPassphraseChecker } from '../../src/storage/passphrase-policy';
import { createEncryptedCodec } from '../../src/storage/record-codec';
import {
  createVault,
  getRepositories,
  readSettings,
  openStorage,
  unlockWithKey,
} from '../../src/storage/storage';
import { freshDatabaseName, randomDataKey } from '../setup/storage';

/**
 * The schema's version today (src/storage/db.ts): v7 added the sync's bases and conflicts
 * (2026-12-01).
 */
const CURRENT_VERSION = 7;

/** Seeds a database exactly as version 1 (2026-11-22) declared and wrote it. */
async function seedVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ cases: 'id, pathway, createdAt, updatedAt' });
  await v1.open();
  await v1.table('cases').bulkAdd([
    {
      id: '01a20000-0000-7000-8000-000000000001',
      pathway: 'fr-trafficking',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      payloadVersion: 1,
      payload: { label: 'DEMO-V1-A' },
    },
    {
      id: '01a20000-0000-7000-8000-000000000002',
      pathway: 'be-trafficking',
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
      payloadVersion: 1,
      payload: { label: 'DEMO-V1-B' },
    },
  ]);
  v1.close();
}

/** Seeds a database as version 2 (2026-11-22) declared it, with a case sealed under `key`. */
async function seedVersion2(name: string, key: CryptoKey) {
  const v2 = new Dexie(name);
  v2.version(1).stores({ cases: 'id, pathway, createdAt, updatedAt' });
  v2.version(2).stores({
    cases: 'id, pathway, createdAt, updatedAt',
    events: 'id, caseId, updatedAt',
    checklist: 'id, caseId, updatedAt',
    attachments: 'id, caseId, lineCode, updatedAt',
    attachmentChunks: '[attachmentId+index], attachmentId',
    interviews: 'id, caseId, updatedAt',
    tombstones: 'id, table, deletedAt',
    outbox: '++seq, [table+entityId], createdAt',
    syncState: 'key',
    audit: 'id, at, caseId',
    settings: 'key',
    vault: 'id',
    drafts: 'id',
  });
  await v2.open();
  const id = '01a20000-0000-7000-8000-000000000003';
  const payload = await createEncryptedCodec(key).seal(
    { table: 'cases', id, version: 1 },
    { label: 'DEMO-V2' },
  );
  await v2.table('cases').add({
    id,
    pathway: 'fr-humanitarian',
    createdAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:00:00.000Z',
    rev: 4,
    payloadVersion: 1,
    payload,
  });
  await v2.table('settings').add({ key: 'idleLockMinutes', value: 5 });
  await v2.table('outbox').add({
    table: 'cases',
    entityId: id,
    op: 'put',
    rev: 4,
    createdAt: '2026-11-03T09:00:00.000Z',
    attempts: 0,
  });
  v2.close();
  return id;
}

/** Seeds a database as version 3 (2026-11-22) declared it: outbox rows one per record. */
async function seedVersion3(name: string) {
  const v3 = new Dexie(name);
  v3.version(3).stores({
    cases: 'id, pathway, createdAt, updatedAt',
    attachments: 'id, caseId, lineCode, updatedAt',
    attachmentChunks: '[attachmentId+index], attachmentId',
    interviews: 'id, caseId, updatedAt',
    tombstones: 'id, table, deletedAt',
    outbox: '++seq, [table+entityId], createdAt',
    syncState: 'key',
    audit: 'id, at, caseId',
    settings: 'key',
    vault: 'id',
    drafts: 'id',
  });
  await v3.open();
  await v3.table('outbox').bulkAdd([
    {
      table: 'cases',
      entityId: 'case-a',
      op: 'put',
      rev: 1,
      createdAt: '2026-11-04T09:00:00.000Z',
      attempts: 2,
      lastError: 'offline',
    },
    {
      table: 'attachments',
      entityId: 'file-b',
      op: 'delete',
      rev: 3,
      createdAt: '2026-11-05T09:00:00.000Z',
      attempts: 0,
    },
  ]);
  await v3.table('tombstones').add({
    id: 'attachments:file-b',
    table: 'attachments',
    entityId: 'file-b',
    deletedAt: '2026-11-05T09:00:00.000Z',
  });
  v3.close();
}

/** Seeds a database as version 4 (2026-11-22) declared it: one plain v1-style row, one sealed row. */
/** The tables as version 4 (2026-11-22) declared them. */
const VERSION_4_STORES = {
  cases: 'id, pathway, createdAt, updatedAt',
  attachments: 'id, caseId, lineCode, updatedAt',
  attachmentChunks: '[attachmentId+index], attachmentId',
  interviews: 'id, caseId, updatedAt',
  tombstones: 'id, table, deletedAt',
  outbox: '++seq, createdAt',
  syncState: 'key',
  audit: 'id, at, caseId',
  settings: 'key',
  vault: 'id',
  drafts: 'id',
};

async function seedVersion4(name: string, key: CryptoKey) {
  const v4 = new Dexie(name);
  v4.version(4).stores(VERSION_4_STORES);
  await v4.open();
  const sealedId = '01a20000-0000-7000-8000-000000000005';
  const payload = await createEncryptedCodec(key).seal(
    { table: 'cases', id: sealedId, version: 1 },
    { label: 'DEMO-V4-SEALED' },
  );
  await v4.table('cases').bulkAdd([
    {
      id: '01a20000-0000-7000-8000-000000000004',
      pathway: 'fr-trafficking',
      createdAt: '2026-11-04T09:00:00.000Z',
      updatedAt: '2026-11-04T09:00:00.000Z',
      rev: 1,
      payloadVersion: 1,
      payload: { label: 'DEMO-V4-PLAIN' },
    },
    {
      id: sealedId,
      pathway: 'be-trafficking',
      createdAt: '2026-11-05T09:00:00.000Z',
      updatedAt: '2026-11-05T09:00:00.000Z',
      rev: 2,
      payloadVersion: 1,
      payload,
    },
  ]);
  v4.close();
}

/** Seeds a database exactly as version 5 (2026-11-22) declared it, with one sealed case. */
async function seedVersion5(name: string, key: CryptoKey) {
  const v5 = new Dexie(name);
  // v5 only added the `legacy` index to cases.
  v5.version(5).stores({
    ...VERSION_4_STORES,
    cases: 'id, pathway, createdAt, updatedAt, legacy',
  });
  await v5.open();
  const id = '01a20000-0000-7000-8000-000000000006';
  await v5.table('cases').add({
    id,
    pathway: 'fr-trafficking',
    createdAt: '2026-11-06T09:00:00.000Z',
    updatedAt: '2026-11-06T09:00:00.000Z',
    rev: 3,
    payloadVersion: 1,
    payload: await createEncryptedCodec(key).seal(
      { table: 'cases', id, version: 1 },
      { label: 'DEMO-V5' },
    ),
  });
  v5.close();
}

/** Seeds a database exactly as version 6 (2026-12-01) declared it, with one sealed case waiting. */
async function seedVersion6(name: string, key: CryptoKey) {
  const v6 = new Dexie(name);
  v6.version(6).stores({
    ...VERSION_4_STORES,
    cases: 'id, pathway, createdAt, updatedAt, legacy',
    views: 'id',
  });
  await v6.open();
  const id = '01a20000-0000-7000-8000-000000000007';
  await v6.table('cases').add({
    id,
    pathway: 'be-trafficking',
    createdAt: '2026-11-07T09:00:00.000Z',
    updatedAt: '2026-11-07T09:00:00.000Z',
    rev: 2,
    payloadVersion: 1,
    payload: await createEncryptedCodec(key).seal(
      { table: 'cases', id, version: 1 },
      { label: 'DEMO-V6' },
    ),
  });
  await v6.table('outbox').add({
    changes: [{ table: 'cases', entityId: id, op: 'put', rev: 2 }],
    createdAt: '2026-11-07T09:00:00.000Z',
    attempts: 0,
  });
  v6.close();
}

describe('database versions', () => {
  // The passphrase checker's dictionaries load once per file, before the clock of any test runs.
  beforeAll(() => loadPassphraseChecker(), 60_000);

  it('v7 opens a database seeded at v6 with its case and its change waiting to be shared, and nothing known of the server yet', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    await seedVersion6(name, key);

    await openStorage({ name });
    await unlockWithKey(key);
    expect((await getRepositories().cases.list()).map((c) => [c.label, c.rev])).toEqual([
      ['DEMO-V6', 2],
    ]);

    const probe = new PasserelleDb(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_VERSION);
    expect(await probe.outbox.count()).toBe(1);
    expect(await probe.syncBases.count()).toBe(0);
    expect(await probe.syncConflicts.count()).toBe(0);
    probe.close();
  });

  it('v6 opens a database seeded at v5 with every case intact and no first screenful yet, then keeps one', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    await seedVersion5(name, key);

    await openStorage({ name });
    await unlockWithKey(key);
    const { cases } = getRepositories();
    expect(await cases.firstScreen()).toEqual({ cases: [], total: 1 });
    expect((await cases.list()).map((c) => [c.label, c.rev])).toEqual([['DEMO-V5', 3]]);
    await cases.keepFirstScreen(['01a20000-0000-7000-8000-000000000006']);
    expect((await cases.firstScreen()).cases.map((c) => c.label)).toEqual(['DEMO-V5']);

    const probe = new PasserelleDb(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_VERSION);
    expect(await probe.views.count()).toBe(1);
    probe.close();
  });

  it('v5 opens a database seeded at v4, marks only the plain row as legacy, and the unlock seals it', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    await seedVersion4(name, key);

    await openStorage({ name });
    const probe = new PasserelleDb(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_VERSION);
    expect((await probe.cases.where('legacy').equals(1).toArray()).map((row) => row.id)).toEqual([
      '01a20000-0000-7000-8000-000000000004',
    ]);

    await unlockWithKey(key);
    expect((await getRepositories().cases.list()).map((c) => c.label)).toEqual([
      'DEMO-V4-SEALED',
      'DEMO-V4-PLAIN',
    ]);
    expect(await probe.cases.where('legacy').equals(1).count()).toBe(0);
    expect(JSON.stringify(await probe.cases.toArray())).not.toContain('DEMO-V4');
    probe.close();
  });

  it('v4 opens a database seeded at v3 and turns each pending outbox row into a write unit, in order', async () => {
    const name = freshDatabaseName();
    await seedVersion3(name);

    await openStorage({ name });
    const probe = new PasserelleDb(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_VERSION);
    expect(await probe.outbox.orderBy('seq').toArray()).toMatchObject([
      {
        changes: [{ table: 'cases', entityId: 'case-a', op: 'put', rev: 1 }],
        attempts: 2,
        lastError: 'offline',
      },
      {
        changes: [{ table: 'attachments', entityId: 'file-b', op: 'delete', rev: 3 }],
        attempts: 0,
      },
    ]);
    expect(await probe.tombstones.count()).toBe(1);
    probe.close();
  });

  it('v3 and v4 open a database seeded at v2 (outbox rows of v2–v3 shape included) and find every record intact', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    const id = await seedVersion2(name, key);

    await openStorage({ name });
    await unlockWithKey(key);

    expect(await getRepositories().cases.get(id)).toMatchObject({
      label: 'DEMO-V2',
      pathway: 'fr-humanitarian',
      rev: 4,
      timeline: [],
      documents: {},
    });
    // The preference of v2 is kept; settings added since take their defaults.
    expect(await readSettings()).toEqual({ idleLockMinutes: 5, backupReminderDays: 7 });
    const probe = new PasserelleDb(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_VERSION);
    expect(await probe.outbox.toArray()).toMatchObject([
      { changes: [{ table: 'cases', entityId: id, op: 'put', rev: 4 }], attempts: 0 },
    ]);
    expect(probe.tables.map((table) => table.name)).not.toContain('events');
    probe.close();
  });

  it('the current version opens a database seeded at v1 and finds every record intact, then seals them at the first unlock', async () => {
    const name = freshDatabaseName();
    await seedVersion1(name);

    await openStorage({ name });
    await createVault('cheval-batterie-agrafe-2026');
    const cases = await getRepositories().cases.list();

    expect(cases.map(({ id, label, pathway, rev }) => ({ id, label, pathway, rev }))).toEqual([
      {
        id: '01a20000-0000-7000-8000-000000000002',
        label: 'DEMO-V1-B',
        pathway: 'be-trafficking',
        rev: 1,
      },
      {
        id: '01a20000-0000-7000-8000-000000000001',
        label: 'DEMO-V1-A',
        pathway: 'fr-trafficking',
        rev: 1,
      },
    ]);
    const probe = new PasserelleDb(name);
    await probe.open();
    expect(probe.verno).toBe(CURRENT_VERSION);
    const raw = JSON.stringify(await probe.cases.toArray());
    expect(raw).not.toContain('DEMO-V1');
    // v6: the list's first screenful starts unknown; the first full read of the list keeps it.
    expect(await probe.views.count()).toBe(0);
    probe.close();
  });
});
