/**
 * Two (or more) devices of one association for sync tests: each its own database, vault key and
 * repositories, the team key shared, and the server in memory (src/mocks/sync-server.ts).
 */
import type { CaseFile } from '../../src/domain';
import { MockSyncServer } from '../../src/mocks/sync-server';
import { PasserelleDb } from '../../src/storage/db';
import { createEncryptedCodec } from '../../src/storage/record-codec';
import { createRepositories, type Repositories } from '../../src/storage/repositories';
import { createSyncStore, type SyncStore } from '../../src/storage/sync-store';
import { freshDatabaseName, randomDataKey } from '../setup/storage';

export interface TestDevice {
  db: PasserelleDb;
  repositories: Repositories;
  store: SyncStore;
}

export function newTeamKey(): Promise<CryptoKey> {
  return randomDataKey();
}

export async function newDevice(teamKey: CryptoKey, worker: string): Promise<TestDevice> {
  const db = new PasserelleDb(freshDatabaseName());
  await db.open();
  const codec = createEncryptedCodec(await randomDataKey());
  return {
    db,
    repositories: createRepositories(db, codec),
    store: createSyncStore(db, codec, teamKey, {
      now: () => new Date().toISOString(),
      who: () => worker,
    }),
  };
}

export { directSyncAdapter as directAdapter } from '../../src/mocks/sync-server';

/** A case's content as a form would save it back: everything but its life fields. */
export function contentOf(caseFile: CaseFile) {
  const {
    id: _id,
    pathway: _pathway,
    createdAt: _c,
    updatedAt: _u,
    rev: _rev,
    ...content
  } = caseFile;
  return content;
}

/** What two devices must agree on: every case's content, by id (local revisions differ). */
export async function holdings(device: TestDevice) {
  const cases = await device.repositories.cases.list();
  return Object.fromEntries(
    cases.map((caseFile) => [caseFile.id, { pathway: caseFile.pathway, ...contentOf(caseFile) }]),
  );
}

export { MockSyncServer };
