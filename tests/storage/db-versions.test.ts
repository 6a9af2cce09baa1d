import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import { createVault, getRepositories, openStorage } from '../../src/storage/storage';
import { freshDatabaseName } from '../setup/storage';

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

describe('database versions', () => {
  it('v2 opens a database seeded at v1 and finds every record intact, then seals them at the first unlock', async () => {
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
    expect(probe.verno).toBe(2);
    const raw = JSON.stringify(await probe.cases.toArray());
    expect(raw).not.toContain('DEMO-V1');
    probe.close();
  });
});
