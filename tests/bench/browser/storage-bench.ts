/**
 * The storage bench page's script (tests/bench/storage.ts opens it in Chromium through Vite):
 * the app's own storage modules over the browser's real IndexedDB and WebCrypto. Every figure is
 * taken on a fresh database, deleted afterwards. The case files are obviously fictional
 * (BENCH-00001, 'Fictive', example.invalid addresses, country code ZZ) and the same on every run.
 */
import Dexie from 'dexie';
import { CaseFileContentSchema } from '../../../src/domain';
import { commitChanges } from '../../../src/storage/commit-changes';
import { randomBytes } from '../../../src/storage/crypto/aes-gcm';
import { PBKDF2_ITERATIONS, derivePassphraseKey } from '../../../src/storage/crypto/passphrase-key';
import { PasserelleDb } from '../../../src/storage/db';
import { newId } from '../../../src/storage/ids';
import { createEncryptedCodec } from '../../../src/storage/record-codec';
import {
  closeStorage,
  createVault,
  getRepositories,
  lock,
  openStorage,
  unlock,
  unlockWithKey,
} from '../../../src/storage/storage';
import type { StoredCase } from '../../../src/storage/stored-records';
import { fictionalPerson, pad, type CaseInput } from './fictional-cases';
import { runSyncBench } from './sync-bench';
import type {
  Argon2idUnlockTiming,
  Pbkdf2UnlockTiming,
  StorageBenchResult,
  StorageBenchWindow,
  UnlockBenchResult,
} from './types';

const CASES = 10_000;
const WARM_UP_CASES = 200;
const PASSPHRASE = 'bench-Passerelle-2026';
const PLAIN_STORES = { cases: 'id, pathway, createdAt, updatedAt' };

/** About 500 bytes of content each, within case-file.ts's fields and limits. */
function generateInputs(count: number): CaseInput[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const person = fictionalPerson(n);
    return {
      pathway: person.pathway,
      content: {
        label: person.label,
        identity: person.identity,
        contact: {
          phone: `+33 6 00 00 ${pad(n % 100, 2)} ${pad(Math.floor(n / 100) % 100, 2)}`,
          email: person.email,
          safeContactNote:
            'Fictional bench record. Call only through the shelter office, weekdays 9:00-17:00; ' +
            'never leave a message that names the association.',
        },
        housing: {
          address: `${String(1 + (n % 200))} rue Fictive, 00000 Nulle-Part`,
          hostName: 'Association Exemple (fictional host)',
          since: `2025-${pad(1 + (n % 12), 2)}-${pad(1 + (n % 28), 2)}`,
        },
      },
    };
  });
}

function freshName(kind: string): string {
  return `bench-${kind}-${String(Date.now())}-${Math.random().toString(36).slice(2, 10)}`;
}

async function time(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

function randomKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The same content as plain rows: what a store without encryption, outbox or audit would hold. */
function plainRows(inputs: CaseInput[]): Record<string, unknown>[] {
  const at = new Date().toISOString();
  return inputs.map(({ pathway, content }) => ({
    id: newId(),
    pathway,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    ...content,
  }));
}

async function withPlainDb<T>(kind: string, use: (db: Dexie) => Promise<T>): Promise<T> {
  const db = new Dexie(freshName(kind));
  db.version(1).stores(PLAIN_STORES);
  await db.open();
  try {
    return await use(db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

async function plainWrite(inputs: CaseInput[]): Promise<number> {
  const rows = plainRows(inputs);
  return withPlainDb('plain', (db) => time(() => db.table('cases').bulkPut(rows)));
}

/** Encrypted createMany, then list() over the same database. */
async function encryptedWriteAndList(
  inputs: CaseInput[],
): Promise<{ writeMs: number; listMs: number }> {
  const name = freshName('encrypted');
  await openStorage({ name });
  try {
    await unlockWithKey(await randomKey());
    const cases = getRepositories().cases;
    const writeMs = await time(() => cases.createMany(inputs));
    let listed = 0;
    const listMs = await time(async () => {
      listed = (await cases.list()).length;
    });
    if (listed !== inputs.length)
      throw new Error(`list() returned ${String(listed)} cases, ${String(inputs.length)} written`);
    return { writeMs, listMs };
  } finally {
    closeStorage();
    await Dexie.delete(name);
  }
}

/** The two halves of createMany measured apart: sealing, then the one IndexedDB transaction. */
async function breakdown(
  inputs: CaseInput[],
): Promise<{ sealMs: number; commitMs: number; sealedBulkPutMs: number }> {
  const codec = createEncryptedCodec(await randomKey());
  const at = new Date().toISOString();
  let rows: StoredCase[] = [];
  const sealMs = await time(async () => {
    rows = await Promise.all(
      inputs.map(async ({ pathway, content }) => {
        const id = newId();
        const parsed = CaseFileContentSchema.parse(content);
        const payload = await codec.seal({ table: 'cases', id, version: 1 }, parsed);
        return { id, pathway, createdAt: at, updatedAt: at, rev: 1, payloadVersion: 1, payload };
      }),
    );
  });
  const db = new PasserelleDb(freshName('commit'));
  await db.open();
  let commitMs: number;
  try {
    commitMs = await time(() =>
      commitChanges(
        db,
        rows.map((row) => ({ op: 'put', table: 'cases', row: { ...row } })),
        // As createMany does: one audit entry for the bulk creation.
        [{ action: 'case.create', entityIds: rows.map((row) => row.id) }],
        at,
      ),
    );
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
  const sealedBulkPutMs = await withPlainDb('sealed', (plain) =>
    time(() => plain.table('cases').bulkPut(rows)),
  );
  return { sealMs, commitMs, sealedBulkPutMs };
}

/**
 * Times the key derivations made while `action` runs, apart from the rest of it: PBKDF2 is
 * WebCrypto's deriveKey; Argon2id is its worker, from its creation to its answer (starting it and
 * compiling its WebAssembly included).
 */
async function timeDerivations(
  action: () => Promise<unknown>,
): Promise<{ totalMs: number; pbkdf2Ms: number; argon2idMs: number }> {
  const subtle = SubtleCrypto.prototype as unknown as Record<
    'deriveKey',
    (...args: unknown[]) => Promise<unknown>
  >;
  const deriveKey = subtle.deriveKey;
  const NativeWorker = window.Worker;
  let pbkdf2Ms = 0;
  let argon2idMs = 0;
  subtle.deriveKey = async function (this: SubtleCrypto, ...args: unknown[]) {
    const start = performance.now();
    try {
      return await deriveKey.apply(this, args);
    } finally {
      pbkdf2Ms += performance.now() - start;
    }
  };
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      const start = performance.now();
      super(url, options);
      // Registered before the app's own listener: it sees the answer first.
      this.addEventListener('message', () => (argon2idMs += performance.now() - start), {
        once: true,
      });
    }
  };
  try {
    const totalMs = await time(action);
    return { totalMs, pbkdf2Ms, argon2idMs };
  } finally {
    subtle.deriveKey = deriveKey;
    window.Worker = NativeWorker;
  }
}

/** A vault as the versions before decision 011 left it: the data key wrapped under PBKDF2. */
async function writePbkdf2Vault(name: string): Promise<void> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrappingKey = await derivePassphraseKey(PASSPHRASE, salt, PBKDF2_ITERATIONS, ['wrapKey']);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: new TextEncoder().encode('passerelle/vault/data-key/v1'),
  });
  const db = new PasserelleDb(name);
  await db.open();
  const at = new Date().toISOString();
  const row = { id: 'vault', kdf: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS } as const;
  await db.vault.add({ ...row, salt, iv, wrapped, createdAt: at });
  db.close();
}

/** unlock(passphrase) of an Argon2id vault made with createVault, `runs` times. */
async function argon2idUnlocks(runs: number): Promise<Argon2idUnlockTiming[]> {
  const name = freshName('vault');
  await openStorage({ name });
  try {
    await createVault(PASSPHRASE);
    lock();
    const timings: Argon2idUnlockTiming[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { totalMs, argon2idMs } = await timeDerivations(() => unlock(PASSPHRASE));
      timings.push({ totalMs, deriveMs: argon2idMs, restMs: totalMs - argon2idMs });
      lock();
    }
    return timings;
  } finally {
    closeStorage();
    await Dexie.delete(name);
  }
}

/** The first unlock of a PBKDF2 vault after the update, which moves it to Argon2id. */
async function pbkdf2Unlock(): Promise<Pbkdf2UnlockTiming> {
  const name = freshName('pbkdf2-vault');
  await writePbkdf2Vault(name);
  await openStorage({ name });
  try {
    const { totalMs, pbkdf2Ms, argon2idMs } = await timeDerivations(() => unlock(PASSPHRASE));
    return {
      totalMs,
      deriveMs: pbkdf2Ms,
      upgradeMs: argon2idMs,
      restMs: totalMs - pbkdf2Ms - argon2idMs,
    };
  } finally {
    closeStorage();
    await Dexie.delete(name);
  }
}

/** The unlock figures, each key derivation apart from the rest of the unlock. */
async function runUnlockBench(runs: number): Promise<UnlockBenchResult> {
  // Warm-up: the worker's modules fetched (and transformed by the dev server) once, as they are
  // cached after an app's first visit.
  await argon2idUnlocks(1);
  const argon2id = await argon2idUnlocks(runs);
  const pbkdf2: Pbkdf2UnlockTiming[] = [];
  for (let run = 0; run < runs; run += 1) pbkdf2.push(await pbkdf2Unlock());
  return { argon2id, pbkdf2 };
}

async function runStorageBench(runs: number): Promise<StorageBenchResult> {
  const inputs = generateInputs(CASES);
  const contentBytes =
    inputs.reduce((sum, { content }) => sum + JSON.stringify(content).length, 0) / inputs.length;

  // Warm-up: JIT, Dexie's and IndexedDB's first-open costs, on small throwaway databases.
  const warmUp = inputs.slice(0, WARM_UP_CASES);
  await plainWrite(warmUp);
  await encryptedWriteAndList(warmUp);
  await breakdown(warmUp);

  const result: StorageBenchResult = {
    cases: CASES,
    contentBytes,
    runs,
    encryptedWriteMs: [],
    plainWriteMs: [],
    listMs: [],
    breakdown: { sealMs: [], commitMs: [], sealedBulkPutMs: [] },
  };
  for (let run = 0; run < runs; run += 1) {
    // Alternate which write goes first, so neither always meets a busier disk.
    const plainFirst = run % 2 === 0;
    if (plainFirst) result.plainWriteMs.push(await plainWrite(inputs));
    const { writeMs, listMs } = await encryptedWriteAndList(inputs);
    result.encryptedWriteMs.push(writeMs);
    result.listMs.push(listMs);
    if (!plainFirst) result.plainWriteMs.push(await plainWrite(inputs));
    const parts = await breakdown(inputs);
    result.breakdown.sealMs.push(parts.sealMs);
    result.breakdown.commitMs.push(parts.commitMs);
    result.breakdown.sealedBulkPutMs.push(parts.sealedBulkPutMs);
  }
  return result;
}

(window as Window & StorageBenchWindow).runStorageBench = runStorageBench;
(window as Window & StorageBenchWindow).runUnlockBench = runUnlockBench;
(window as Window & StorageBenchWindow).runSyncBench = () => runSyncBench(generateInputs(CASES));
