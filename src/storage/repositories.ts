import { createAttachmentsRepository, type AttachmentsRepository } from './attachments-repository';
import { createInThreadCaseReader, type CaseReader } from './case-reader';
import { createCasesRepository, type CasesRepository } from './cases-repository';
import type { PasserelleDb } from './db';
import { createDraftsRepository, type DraftsRepository } from './drafts-repository';
import type { RecordCodec } from './record-codec';
import { createRowSealer } from './sealed-rows';

/** The only API features have to the stored data, available while the vault is unlocked. */
export interface Repositories {
  cases: CasesRepository;
  attachments: AttachmentsRepository;
  drafts: DraftsRepository;
}

export function createRepositories(
  db: PasserelleDb,
  codec: RecordCodec,
  now: () => string = () => new Date().toISOString(),
  /** Where every case is read for the list (a worker in the browser); in this thread otherwise. */
  makeCaseReader?: (fallback: CaseReader) => CaseReader,
): Repositories {
  const sealer = createRowSealer(codec);
  const inThread = createInThreadCaseReader(db, sealer);
  return {
    cases: createCasesRepository(db, sealer, now, makeCaseReader?.(inThread) ?? inThread),
    attachments: createAttachmentsRepository(db, codec, sealer, now),
    drafts: createDraftsRepository(db, codec, now),
  };
}
