/**
 * One pass over the events, in any order, keeping only what the rules read: the latest trigger of
 * each kind and the latest date of each kind of answer. Every "is it answered?" question of the
 * contract is "is there an answer dated on or after the trigger?", so the latest answer date is
 * enough and nothing has to be sorted.
 */
import type { CaseEvent, PermitIssuedEvent, PermitKind } from './case-facts-schema';
import type { PlainDate } from './plain-date-schema';

export interface Validity {
  validFrom: PlainDate;
  validUntil: PlainDate;
}

export interface EventSummary {
  /** Latest reflection-granted (FR-T2 récépissé, BE-2 annexe 15). */
  reflectionOn: PlainDate | undefined;
  /** Latest complaint-filed or testimony-given. */
  cooperationOn: PlainDate | undefined;
  /** Latest application-filed of any kind. */
  applicationOn: PlainDate | undefined;
  /** Latest application-filed of kind renewal or resident-card. */
  renewalApplicationOn: PlainDate | undefined;
  decisionOn: PlainDate | undefined;
  complementOpenedOn: PlainDate | undefined;
  complementAnsweredOn: PlainDate | undefined;
  /** Latest prolongation-issued (FR-G3), ordered like permits. */
  prolongation: Validity | undefined;
  /** Latest permit of kind fr-cst-vpf / fr-aps / fr-carte-resident. */
  frPermit: PermitIssuedEvent | undefined;
  /** Latest permit of kind be-attestation-immatriculation / be-cire. */
  bePermit: PermitIssuedEvent | undefined;
  /** Latest be-attestation-immatriculation (BE-4, BE-5). */
  beAttestation: PermitIssuedEvent | undefined;
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

export function summariseEvents(events: readonly CaseEvent[]): EventSummary {
  const summary: EventSummary = {
    reflectionOn: undefined,
    cooperationOn: undefined,
    applicationOn: undefined,
    renewalApplicationOn: undefined,
    decisionOn: undefined,
    complementOpenedOn: undefined,
    complementAnsweredOn: undefined,
    prolongation: undefined,
    frPermit: undefined,
    bePermit: undefined,
    beAttestation: undefined,
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
        summary.cooperationOn = pickLaterDate(summary.cooperationOn, event.on);
        break;
      case 'permit-issued': {
        const tracking = PERMIT_TRACKING[event.permit];
        if (tracking.fr) summary.frPermit = pickLaterValidity(summary.frPermit, event);
        if (tracking.be) summary.bePermit = pickLaterValidity(summary.bePermit, event);
        if (tracking.beAttestation) {
          summary.beAttestation = pickLaterValidity(summary.beAttestation, event);
        }
        summary.hasRenewablePermit ||= tracking.renewable;
        break;
      }
      case 'application-filed':
        summary.applicationOn = pickLaterDate(summary.applicationOn, event.on);
        if (event.application !== 'first') {
          summary.renewalApplicationOn = pickLaterDate(summary.renewalApplicationOn, event.on);
        }
        break;
      case 'complement-requested':
        summary.complementOpenedOn = pickLaterDate(summary.complementOpenedOn, event.openedOn);
        break;
      case 'complement-answered':
        summary.complementAnsweredOn = pickLaterDate(summary.complementAnsweredOn, event.on);
        break;
      case 'prolongation-issued':
        summary.prolongation = pickLaterValidity(summary.prolongation, event);
        break;
      case 'decision':
        summary.decisionOn = pickLaterDate(summary.decisionOn, event.on);
        break;
      case 'final-conviction':
        summary.hasFinalConvictionEvent = true;
        break;
    }
  }
  return summary;
}

/**
 * True when an answer is recorded on or after the trigger (docs/domain-contract.md, "What answers
 * a deadline").
 */
export function isAnsweredSince(
  trigger: PlainDate,
  ...answers: (PlainDate | undefined)[]
): boolean {
  return answers.some((answer) => answer !== undefined && answer >= trigger);
}
