/**
 * The case reader's worker (src/storage/case-reader.ts): reads every case row of the vault,
 * decrypts and checks it, and answers with the cases, newest first. It keeps what it decrypted, by
 * record and revision, until the page ends it (on lock): a later read opens only the rows written
 * since. Nothing is logged; an unreadable row is answered by its address only.
 */
import type { CaseFile } from '../domain';
import { openCaseRow } from './case-rows';
import type { CaseReaderRequest, CaseReaderResponse } from './case-reader';
import { isSealed } from './crypto/aes-gcm';
import { PasserelleDb } from './db';
import { UnreadableRecordError, createEncryptedCodec } from './record-codec';
import { createRowSealer, type RowSealer } from './sealed-rows';
import type { StoredCase } from './stored-records';

// As the page does first (src/app/zod-config.ts): zod never tries `new Function`, which a
// Content-Security-Policy on the worker's script would refuse.
const zodHolder = globalThis as typeof globalThis & {
  __zod_globalConfig?: Record<string, unknown>;
};
(zodHolder.__zod_globalConfig ??= {}).jitless = true;

let db: PasserelleDb | undefined;
let sealer: RowSealer | undefined;
/**
 * What was decrypted, by record id, with the row's seal: its revision and its payload's IV (random
 * for every encryption, so a row written again, even at the same revision by a backup's import, is
 * opened again).
 */
const opened = new Map<string, { seal: string; caseFile: CaseFile }>();

function sealOf(row: StoredCase): string {
  const iv = isSealed(row.payload) ? row.payload.iv.join('.') : 'plain';
  return `${String(row.rev)}:${iv}`;
}

async function listCases(): Promise<CaseFile[]> {
  if (!db || !sealer) throw new Error('The case reader was not opened');
  const open = sealer;
  const rows = await db.cases.orderBy('createdAt').reverse().toArray();
  const cases = await Promise.all(
    rows.map(async (row) => {
      const seal = sealOf(row);
      const kept = opened.get(row.id);
      if (kept?.seal === seal) return kept.caseFile;
      const caseFile = await openCaseRow(open, row);
      opened.set(row.id, { seal, caseFile });
      return caseFile;
    }),
  );
  // Deleted cases leave the memory too.
  if (opened.size > rows.length) {
    const present = new Set(rows.map((row) => row.id));
    for (const id of opened.keys()) if (!present.has(id)) opened.delete(id);
  }
  return cases;
}

async function answer(id: number): Promise<void> {
  try {
    postMessage({ id, cases: await listCases() } satisfies CaseReaderResponse);
  } catch (error) {
    postMessage(
      (error instanceof UnreadableRecordError
        ? { id, unreadable: error.address }
        : { id, failed: 'The cases could not be read' }) satisfies CaseReaderResponse,
    );
  }
}

addEventListener('message', (event: MessageEvent<CaseReaderRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    db = new PasserelleDb(request.dbName);
    sealer = createRowSealer(createEncryptedCodec(request.key));
    return;
  }
  void answer(request.id);
});
