import { createAttachmentsRepository, type AttachmentsRepository } from './attachments-repository';
import { createCasesRepository, type CasesRepository } from './cases-repository';
import type { PasserelleDb } from './db';
import { createDraftsRepository, type DraftsRepository } from './drafts-repository';
import { createInterviewsRepository, type InterviewsRepository } from './interviews-repository';
import type { RecordCodec } from './record-codec';
import { createRowSealer } from './sealed-rows';

/** The only API features have to the stored data, available while the vault is unlocked. */
export interface Repositories {
  cases: CasesRepository;
  attachments: AttachmentsRepository;
  interviews: InterviewsRepository;
  drafts: DraftsRepository;
}

export function createRepositories(
  db: PasserelleDb,
  codec: RecordCodec,
  now: () => string = () => new Date().toISOString(),
): Repositories {
  const sealer = createRowSealer(codec);
  return {
    cases: createCasesRepository(db, sealer, now),
    attachments: createAttachmentsRepository(db, codec, sealer, now),
    interviews: createInterviewsRepository(db, sealer, now),
    drafts: createDraftsRepository(db, codec, now),
  };
}
