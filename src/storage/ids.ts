import { v7 as uuidv7 } from 'uuid';

/**
 * Ids are made on the device (UUID v7: time-ordered, random tail) so a record created offline keeps
 * its id through retries and sync, and sorts by creation.
 */
export function newId(): string {
  return uuidv7();
}
