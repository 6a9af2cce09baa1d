/**
 * The storage session: opened once at start (and, with the vault, on unlock), closed on lock.
 * Features reach the repositories through `getRepositories()`, never the database itself.
 */
import { createCasesRepository, type CasesRepository } from './cases-repository';
import { DEFAULT_DB_NAME, PasserelleDb } from './db';
import { plainCodec, type RecordCodec } from './record-codec';

export interface Repositories {
  cases: CasesRepository;
}

interface Session {
  db: PasserelleDb;
  repositories: Repositories;
}

let session: Session | undefined;

export interface OpenStorageOptions {
  name?: string;
  codec?: RecordCodec;
}

export async function openStorage({
  name = DEFAULT_DB_NAME,
  codec = plainCodec,
}: OpenStorageOptions = {}): Promise<Repositories> {
  closeStorage();
  const db = new PasserelleDb(name);
  await db.open();
  session = { db, repositories: { cases: createCasesRepository(db, codec) } };
  return session.repositories;
}

export function getRepositories(): Repositories {
  if (!session) throw new Error('Storage is not open');
  return session.repositories;
}

export function closeStorage(): void {
  session?.db.close();
  session = undefined;
}
