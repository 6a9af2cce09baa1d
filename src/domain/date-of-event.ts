/** The date a timeline event is filed under: its day, the start of a validity, or the opening of a notification. */
import type { CaseEvent } from './case-facts-schema';
import type { PlainDate } from './plain-date-schema';

export function dateOfEvent(event: CaseEvent): PlainDate {
  switch (event.type) {
    case 'permit-issued':
    case 'prolongation-issued':
      return event.validFrom;
    case 'complement-requested':
      return event.openedOn;
    default:
      return event.on;
  }
}
