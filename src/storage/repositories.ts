import { createAttachmentsRepository, type AttachmentsRepository } from './attachments-repository';
import { createCasesRepository, type CasesRepository } from './cases-repository';
import { createChecklistRepository, type ChecklistRepository } from './checklist-repository';
import type { PasserelleDb } from './db';
import { createEventsRepository, type EventsRepository } from './events-repository';
import type { RecordCodec } from './record-codec';
import { createRowSealer } from './sealed-rows';

/** The only API features have to the stored data, available while the vault is unlocked. */
export interface Repositories {
  cases: CasesRepository;
  events: EventsRepository;
  checklist: ChecklistRepository;
  attachments: AttachmentsRepository;
}

export function createRepositories(
  db: PasserelleDb,
  codec: RecordCodec,
  now: () => string = () => new Date().toISOString(),
): Repositories {
  const sealer = createRowSealer(codec);
  return {
    cases: createCasesRepository(db, sealer, now),
    events: createEventsRepository(db, sealer, now),
    checklist: createChecklistRepository(db, sealer, now),
    attachments: createAttachmentsRepository(db, codec, sealer, now),
  };
}
