/**
 * Sync in the browser (issue 14, acceptance 5): the app's sync store over Chromium's IndexedDB and
 * WebCrypto, the association's server in the page (src/mocks/sync-server.ts), each request and
 * answer through JSON as on the wire. A writer pushes 10,000 fictional cases; a push of 1,000 queued
 * changes is timed; then an empty device's first pull of the 10,000, beside a plain Dexie bulkPut of
 * the same rows.
 */
import Dexie from 'dexie';
import { MockSyncServer, directSyncAdapter } from '../../../src/mocks/sync-server';
import { PasserelleDb } from '../../../src/storage/db';
import { createEncryptedCodec } from '../../../src/storage/record-codec';
import { createRepositories } from '../../../src/storage/repositories';
import { createSyncStore } from '../../../src/storage/sync-store';
import { syncOnce } from '../../../src/sync/engine';
import type { CaseInput } from './fictional-cases';
import type { SyncBenchResult } from './types';

const QUEUED_CHANGES = 1_000;

async function device(name: string, teamKey: CryptoKey) {
  const db = new PasserelleDb(name);
  await db.open();
  const codec = createEncryptedCodec(
    await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
  );
  return {
    db,
    repositories: createRepositories(db, codec),
    store: createSyncStore(db, codec, teamKey, {
      now: () => new Date().toISOString(),
      who: () => 'Bench Exemple',
    }),
  };
}

async function time(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

export async function runSyncBench(inputs: CaseInput[]): Promise<SyncBenchResult> {
  const stamp = `${String(Date.now())}-${Math.random().toString(36).slice(2)}`;
  const names = ['writer', 'reader', 'plain'].map(
    (kind) => `passerelle-bench-sync-${kind}-${stamp}`,
  );
  const [writerName = '', readerName = '', plainName = ''] = names;
  const teamKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const server = new MockSyncServer();
  const adapter = directSyncAdapter(server);
  try {
    const writer = await device(writerName, teamKey);
    const created = await writer.repositories.cases.createMany(inputs);
    const pushAllMs = await time(() => syncOnce(writer.store, adapter));

    for (const caseFile of created.slice(0, QUEUED_CHANGES)) {
      const { id, pathway: _p, createdAt: _c, updatedAt: _u, rev: _r, ...content } = caseFile;
      await writer.repositories.cases.update(id, {
        ...content,
        notes: 'Bench: changed once (fictional).',
      });
    }
    const pushQueuedMs = await time(() => syncOnce(writer.store, adapter));

    const reader = await device(readerName, teamKey);
    const firstPullMs = await time(() => syncOnce(reader.store, adapter));
    const pulled = await reader.db.cases.count();

    const rows = await writer.db.cases.toArray();
    const plain = new Dexie(plainName);
    plain.version(1).stores({ cases: 'id, pathway, createdAt, updatedAt' });
    await plain.open();
    const plainPutMs = await time(() => plain.table('cases').bulkPut(rows));
    plain.close();
    writer.db.close();
    reader.db.close();
    return {
      cases: inputs.length,
      pulled,
      queuedChanges: QUEUED_CHANGES,
      pushAllMs,
      pushQueuedMs,
      firstPullMs,
      plainPutMs,
    };
  } finally {
    await Promise.all(names.map((name) => Dexie.delete(name)));
  }
}
