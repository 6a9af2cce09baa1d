/** FR-A10: the departure period of an OQTF, when one is granted. */
import { addTimeToActOn } from './add-time-to-act';
import { formatPlainDate, parsePlainDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { FR_APPEALS_PACK, findPackInForce } from './rule-packs';

/**
 * FR-A10: the last day of the departure period of an OQTF notified on `notifiedOn`: 30 days (D3,
 * the day of notification not counted), separate from the time to appeal. Throws a RangeError
 * naming `notifiedOn` when it is not an existing plain date.
 */
export function findDeparturePeriodEnd(notifiedOn: PlainDate): PlainDate {
  const on = parsePlainDate(notifiedOn, 'notifiedOn');
  const { months, days } = findPackInForce(FR_APPEALS_PACK, notifiedOn).params.departurePeriod;
  return formatPlainDate(addTimeToActOn(on, months, days));
}
