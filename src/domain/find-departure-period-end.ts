/** FR-A10: the departure period of an OQTF, when one is granted. */
import { addTimeLength } from './add-time-to-act';
import { parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { FR_APPEALS_PACK, findPackInForce } from './rule-packs';

/**
 * FR-A10: the last day of the departure period of an OQTF notified on `notifiedOn`: 30 days (D3,
 * the day of notification not counted), separate from the time to appeal. Throws a RangeError
 * naming `notifiedOn` when it is not an existing plain date.
 */
export function findDeparturePeriodEnd(notifiedOn: PlainDate): PlainDate {
  parsePlainDate(notifiedOn, 'notifiedOn');
  return addTimeLength(
    notifiedOn,
    findPackInForce(FR_APPEALS_PACK, notifiedOn).params.departurePeriod,
  );
}
