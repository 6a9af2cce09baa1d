// TEMPORARY diagnostic, deleted after use.
import Dexie from 'dexie';
import { CaseFileContentSchema } from '../../../src/storage/case-file';
import { commitChanges } from '../../../src/storage/commit-changes';
import { PasserelleDb } from '../../../src/storage/db';
import { newId } from '../../../src/storage/ids';
import { createEncryptedCodec } from '../../../src/storage/record-codec';
import { closeStorage, getRepositories, openStorage, unlockWithKey } from '../../../src/storage/storage';
import type { StoredCase } from '../../../src/storage/stored-records';

const N = 10_000;
const fresh = (k: string) => `scratch-${k}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const content = (n: number) => ({
  label: `BENCH-${String(n).padStart(5, '0')}`,
  identity: { givenNames: 'Fictive', usualName: `Exemple-${n}`, birthNames: 'Exemple', sex: 'female' as const, birthPlace: 'Ville-Fictive', birthCountry: 'ZZ', nationality: 'ZZ' },
  contact: { phone: '+33 6 00 00 00 00', email: `bench-${n}@example.invalid`, safeContactNote: 'Fictional bench record. Call only through the shelter office, weekdays 9:00-17:00; never leave a message that names the association.' },
  housing: { address: `${n % 200} rue Fictive, 00000 Nulle-Part`, hostName: 'Association Exemple (fictional host)', since: '2025-03-04' },
});
async function t(f: () => Promise<unknown> | unknown) { const s = performance.now(); await f(); return Math.round(performance.now() - s); }

async function sealed(): Promise<StoredCase[]> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const codec = createEncryptedCodec(key);
  const at = new Date().toISOString();
  return Promise.all(Array.from({ length: N }, async (_, i) => {
    const id = newId();
    const payload = await codec.seal({ table: 'cases', id, version: 1 }, CaseFileContentSchema.parse(content(i)));
    return { id, pathway: 'fr-trafficking', createdAt: at, updatedAt: at, rev: 1, payloadVersion: 1, payload };
  }));
}

async function onDb<T>(f: (db: PasserelleDb) => Promise<T>) {
  const db = new PasserelleDb(fresh('p')); await db.open();
  try { return await f(db); } finally { db.close(); await Dexie.delete(db.name); }
}

async function variants(rows: StoredCase[]) {
  const at = new Date().toISOString();
  const outbox = () => rows.map((r) => ({ table: 'cases' as const, entityId: r.id, op: 'put' as const, rev: 1, createdAt: at, attempts: 0 }));
  const audit = () => rows.map((r) => ({ id: newId(), at, action: 'case.create', entityId: r.id, caseId: r.id }));
  const out: Record<string, number> = {};
  out.groupSpread = await t(() => { const m = new Map<string, unknown[]>(); for (const r of rows) m.set('cases', [...(m.get('cases') ?? []), r]); });
  out.groupPush = await t(() => { const m = new Map<string, unknown[]>(); for (const r of rows) { const l = m.get('cases'); if (l) l.push(r); else m.set('cases', [r]); } });
  out.casesOnly = await onDb((db) => t(() => db.transaction('rw', ['cases', 'outbox', 'audit'], async () => { await db.cases.bulkPut(rows); })));
  out.casesOutbox = await onDb((db) => { const o = outbox(); return t(() => db.transaction('rw', ['cases', 'outbox', 'audit'], async () => { await db.cases.bulkPut(rows); await db.outbox.bulkAdd(o); })); });
  out.casesOutboxAudit = await onDb((db) => { const o = outbox(); const a = audit(); return t(() => db.transaction('rw', ['cases', 'outbox', 'audit'], async () => { await db.cases.bulkPut(rows); await db.outbox.bulkAdd(o); await db.audit.bulkAdd(a); })); });
  out.outboxOnly = await onDb((db) => { const o = outbox(); return t(() => db.outbox.bulkAdd(o)); });
  out.auditOnly = await onDb((db) => { const a = audit(); return t(() => db.audit.bulkAdd(a)); });
  out.commitChanges = await onDb((db) => t(() => commitChanges(db, rows.map((row) => ({ op: 'put', table: 'cases', row: { ...row } })), rows.map((r) => ({ action: 'case.create', entityId: r.id, caseId: r.id })), at)));
  // Raw IndexedDB: one transaction, 10k puts, no Dexie.
  out.rawIdbCases = await onDb(async (db) => { const idb = db.backendDB(); return t(() => new Promise<void>((res, rej) => { const tx = idb.transaction(['cases'], 'readwrite'); const s = tx.objectStore('cases'); for (const r of rows) s.put(r); tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); })); });
  out.rawIdbAll = await onDb(async (db) => { const idb = db.backendDB(); const o = outbox(); const a = audit(); return t(() => new Promise<void>((res, rej) => { const tx = idb.transaction(['cases', 'outbox', 'audit'], 'readwrite'); const s = tx.objectStore('cases'); for (const r of rows) s.put(r); const so = tx.objectStore('outbox'); for (const r of o) so.add(r); const sa = tx.objectStore('audit'); for (const r of a) sa.add(r); tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); })); });
  return out;
}

async function createManyOnce() {
  const name = fresh('cm'); await openStorage({ name });
  await unlockWithKey(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
  const inputs = Array.from({ length: N }, (_, i) => ({ pathway: 'fr-trafficking' as const, content: content(i) }));
  const ms = await t(() => getRepositories().cases.createMany(inputs));
  closeStorage(); await Dexie.delete(name);
  return ms;
}

(window as unknown as Record<string, unknown>).scratch = { sealed, variants, createManyOnce };
(window as unknown as Record<string, unknown>).scratchAll = async (runs: number) => {
  const rows = await sealed();
  const all: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) all.push(await variants(rows));
  return all;
};
