/**
 * One pass over the events, in any order, keeping what the rules read: the latest trigger of each
 * kind, and the dates of each kind of answer. Every "is it answered?" question of the contract is
 * "is there an answer dated on or after the trigger?", and `answeredOn` is the earliest such answer
 * (contract version 2), so answers are kept as lists of dates and nothing has to be sorted.
 */
import type {
  AppealFiledEvent,
  CaseEvent,
  DecisionOutcome,
  OqtfNotifiedEvent,
  OrderToLeaveNotifiedEvent,
  PermitIssuedEvent,
  PermitKind,
} from './case-facts-schema';
import type { PlainDate } from './plain-date-schema';

export interface Validity {
  validFrom: PlainDate;
  validUntil: PlainDate;
}

export interface EventSummary {
  /** Latest reflection-granted (FR-T2 récépissé, BE-2 annexe 15). */
  reflectionOn: PlainDate | undefined;
  /** Every complaint-filed or testimony-given. */
  cooperationDates: PlainDate[];
  /** Every application-filed of any kind. */
  applicationDates: PlainDate[];
  /** Every application-filed of kind renewal or resident-card. */
  renewalApplicationDates: PlainDate[];
  decisions: { on: PlainDate; outcome: DecisionOutcome }[];
  complementOpenedOn: PlainDate | undefined;
  complementAnsweredDates: PlainDate[];
  /** Latest prolongation-issued (FR-G3), ordered like permits. */
  prolongation: Validity | undefined;
  /** Latest permit of kind fr-cst-vpf / fr-aps / fr-carte-resident. */
  frPermit: PermitIssuedEvent | undefined;
  /** Latest permit of kind be-attestation-immatriculation / be-cire. */
  bePermit: PermitIssuedEvent | undefined;
  /** Latest be-attestation-immatriculation (BE-4, BE-5). */
  beAttestation: PermitIssuedEvent | undefined;
  /** The validFrom of every permit-issued, of any kind (an appeal deadline then moves on). */
  permitStarts: PlainDate[];
  /** The validFrom of every be-attestation-immatriculation and be-cire (BE-5's answers). */
  bePermitStarts: PlainDate[];
  oqtfs: OqtfNotifiedEvent[];
  ordersToLeave: OrderToLeaveNotifiedEvent[];
  appeals: AppealFiledEvent[];
  /** A fr-cst-vpf or fr-aps has been issued: the next French application is a renewal. */
  hasRenewablePermit: boolean;
  hasFinalConvictionEvent: boolean;
}

interface PermitTracking {
  fr: boolean;
  be: boolean;
  beAttestation: boolean;
  renewable: boolean;
}

/** Which deadlines each permit kind feeds (docs/domain-contract.md, "Permit kinds"). */
const PERMIT_TRACKING: Readonly<Record<PermitKind, PermitTracking>> = {
  'fr-reflection-recepisse': { fr: false, be: false, beAttestation: false, renewable: false },
  'fr-cst-vpf': { fr: true, be: false, beAttestation: false, renewable: true },
  'fr-aps': { fr: true, be: false, beAttestation: false, renewable: true },
  'fr-carte-resident': { fr: true, be: false, beAttestation: false, renewable: false },
  'be-annexe-15': { fr: false, be: false, beAttestation: false, renewable: false },
  'be-attestation-immatriculation': { fr: false, be: true, beAttestation: true, renewable: false },
  'be-cire': { fr: false, be: true, beAttestation: false, renewable: false },
};

function pickLaterDate(known: PlainDate | undefined, candidate: PlainDate): PlainDate {
  return known === undefined || candidate > known ? candidate : known;
}

/**
 * docs/domain-contract.md "Order of permits": by validFrom, then validUntil; the latest is the
 * greatest.
 */
export function isLaterValidity(candidate: Validity, known: Validity | undefined): boolean {
  return (
    known === undefined ||
    candidate.validFrom > known.validFrom ||
    (candidate.validFrom === known.validFrom && candidate.validUntil > known.validUntil)
  );
}

function pickLaterValidity<V extends Validity>(known: V | undefined, candidate: V): V | undefined {
  return isLaterValidity(candidate, known) ? candidate : known;
}

function recordPermit(summary: EventSummary, event: PermitIssuedEvent): void {
  const tracking = PERMIT_TRACKING[event.permit];
  summary.permitStarts.push(event.validFrom);
  if (tracking.fr) summary.frPermit = pickLaterValidity(summary.frPermit, event);
  if (tracking.be) {
    summary.bePermit = pickLaterValidity(summary.bePermit, event);
    summary.bePermitStarts.push(event.validFrom);
  }
  if (tracking.beAttestation) {
    summary.beAttestation = pickLaterValidity(summary.beAttestation, event);
  }
  summary.hasRenewablePermit ||= tracking.renewable;
}

export function summariseEvents(events: readonly CaseEvent[]): EventSummary {
  const summary: EventSummary = {
    reflectionOn: undefined,
    cooperationDates: [],
    applicationDates: [],
    renewalApplicationDates: [],
    decisions: [],
    complementOpenedOn: undefined,
    complementAnsweredDates: [],
    prolongation: undefined,
    frPermit: undefined,
    bePermit: undefined,
    beAttestation: undefined,
    permitStarts: [],
    bePermitStarts: [],
    oqtfs: [],
    ordersToLeave: [],
    appeals: [],
    hasRenewablePermit: false,
    hasFinalConvictionEvent: false,
  };
  for (const event of events) {
    switch (event.type) {
      case 'reflection-granted':
        summary.reflectionOn = pickLaterDate(summary.reflectionOn, event.on);
        break;
      case 'complaint-filed':
      case 'testimony-given':
        summary.cooperationDates.push(event.on);
        break;
      case 'permit-issued':
        recordPermit(summary, event);
        break;
      case 'application-filed':
        summary.applicationDates.push(event.on);
        if (event.application !== 'first') summary.renewalApplicationDates.push(event.on);
        break;
      case 'complement-requested':
        summary.complementOpenedOn = pickLaterDate(summary.complementOpenedOn, event.openedOn);
        break;
      case 'complement-answered':
        summary.complementAnsweredDates.push(event.on);
        break;
      case 'prolongation-issued':
        summary.prolongation = pickLaterValidity(summary.prolongation, event);
        break;
      case 'decision':
        summary.decisions.push({ on: event.on, outcome: event.outcome });
        break;
      case 'final-conviction':
        summary.hasFinalConvictionEvent = true;
        break;
      case 'oqtf-notified':
        summary.oqtfs.push(event);
        break;
      case 'order-to-leave-notified':
        summary.ordersToLeave.push(event);
        break;
      case 'appeal-filed':
        summary.appeals.push(event);
        break;
      case 'legal-aid-requested':
        // FR-A6: information only; it computes nothing.
        break;
    }
  }
  return summary;
}

/** The latest of some dates, or undefined when there is none. */
export function findLatest(dates: readonly PlainDate[]): PlainDate | undefined {
  let latest: PlainDate | undefined;
  for (const date of dates) latest = pickLaterDate(latest, date);
  return latest;
}

/**
 * The earliest date on or after the trigger among the answers, or undefined when none is
 * (docs/domain-contract.md, "What answers a deadline"; version 2: `answeredOn`).
 */
export function findEarliestSince(
  trigger: PlainDate,
  answers: readonly PlainDate[],
): PlainDate | undefined {
  let earliest: PlainDate | undefined;
  for (const answer of answers) {
    if (answer >= trigger && (earliest === undefined || answer < earliest)) earliest = answer;
  }
  return earliest;
}
