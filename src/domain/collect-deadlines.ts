/**
 * The deadlines of a case (docs/domain-contract.md: "Deadline status", "What answers a deadline",
 * "Which deadlines exist").
 */
import type { Deadline, DeadlineCode, DeadlineStatus } from './assessment';
import type { CaseContext } from './build-case-context';
import type { PermitKind } from './case-facts-schema';
import { addTimeToActOn } from './add-time-to-act';
import { countBackWindowFrom } from './count-back-window';
import { findAnniversaryOf } from './find-anniversary';
import { formatPlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { PATHWAY_PROFILES } from './pathway-profiles';
import type { RuleId } from './rule-packs';
import { subtractOneMonthFrom } from './subtract-one-month';
import { isAnsweredSince } from './summarise-events';

/** met when answered; else overdue after due; else pending before opens; else open. */
export function rateDeadline(
  isMet: boolean,
  due: PlainDate,
  opens: PlainDate | undefined,
  today: PlainDate,
): DeadlineStatus {
  if (isMet) return 'met';
  if (today > due) return 'overdue';
  if (opens !== undefined && today < opens) return 'pending';
  return 'open';
}

function makeDeadline(
  code: DeadlineCode,
  due: PlainDate,
  isMet: boolean,
  basis: readonly RuleId[],
  today: PlainDate,
): Deadline {
  return { code, due, status: rateDeadline(isMet, due, undefined, today), basis: [...basis] };
}

/** The rule that issues each kind of permit and sets its validity. */
const PERMIT_RULE: Readonly<Record<PermitKind, RuleId>> = {
  'fr-reflection-recepisse': 'FR-T2',
  'fr-cst-vpf': 'FR-T6',
  'fr-aps': 'FR-T10',
  'fr-carte-resident': 'FR-T8',
  'be-annexe-15': 'BE-2',
  'be-attestation-immatriculation': 'BE-4',
  'be-cire': 'BE-7',
};

type DeadlineRule = (context: CaseContext) => Deadline | undefined;

/**
 * Each rule computes its code from the latest trigger, or nothing when the trigger is absent.
 * Answers are events dated on or after the trigger. For the permit expiries the contract also
 * names "a later permit of a tracked kind", which cannot exist beside the latest permit; only the
 * application can answer them (docs/rules.md, Interpretations).
 */
const DEADLINE_RULES: Readonly<Record<DeadlineCode, DeadlineRule>> = {
  // FR-T2: the récépissé's last valid day; answered by cooperating or applying.
  'fr.reflection.end': (context) => findReflectionEnd(context, 'fr.reflection.end', ['FR-T2']),
  // FR-G2: past expiry without applying, the person risks the €180 fee, then an OQTF.
  'fr.permit.expiry': ({ events, today }) =>
    events.frPermit === undefined
      ? undefined
      : makeDeadline(
          'fr.permit.expiry',
          events.frPermit.validUntil,
          isAnsweredSince(events.frPermit.validFrom, events.renewalApplicationOn),
          ['FR-G2'],
          today,
        ),
  // FR-G1 via D4: between the 120th and the 60th day before the last valid day.
  'fr.renewal.window': ({ events, params, today }) => {
    const permit = events.frPermit;
    if (permit === undefined) return undefined;
    const window = countBackWindowFrom(
      toLocalDate(permit.validUntil),
      params.frGeneral.renewalWindow,
    );
    const opens = formatPlainDate(window.opens);
    const due = formatPlainDate(window.closes);
    const isMet = isAnsweredSince(permit.validFrom, events.renewalApplicationOn);
    return {
      code: 'fr.renewal.window',
      due,
      opens,
      status: rateDeadline(isMet, due, opens, today),
      basis: ['FR-G1'],
    };
  },
  // FR-G4 via D3: 30 days after the day the notification was opened.
  'fr.complement.answer': ({ events, params, today }) => {
    const openedOn = events.complementOpenedOn;
    if (openedOn === undefined) return undefined;
    const days = params.frGeneral.complementAnswerDays;
    return makeDeadline(
      'fr.complement.answer',
      formatPlainDate(addTimeToActOn(toLocalDate(openedOn), 0, days)),
      isAnsweredSince(openedOn, events.complementAnsweredOn),
      ['FR-G4'],
      today,
    );
  },
  // FR-G3: the attestation proves lawful stay until its last day; a decision ends the need.
  'fr.prolongation.expiry': ({ events, today }) =>
    events.prolongation === undefined
      ? undefined
      : makeDeadline(
          'fr.prolongation.expiry',
          events.prolongation.validUntil,
          isAnsweredSince(events.prolongation.validFrom, events.decisionOn),
          ['FR-G3'],
          today,
        ),
  // FR-T9 via D6: a person recognised as victim while a minor can get a permit at 18.
  'fr.majority': ({ birth, params, today }) =>
    birth !== undefined && birth.age < params.frTrafficking.majorityAge
      ? makeDeadline(
          'fr.majority',
          formatPlainDate(findAnniversaryOf(birth.date, params.frTrafficking.majorityAge)),
          false,
          ['FR-T9'],
          today,
        )
      : undefined,
  // BE-2: the annexe 15's last valid day; answered by statements or an application.
  'be.reflection.end': (context) => findReflectionEnd(context, 'be.reflection.end', ['BE-2']),
  'be.permit.expiry': ({ events, today }) =>
    events.bePermit === undefined
      ? undefined
      : makeDeadline(
          'be.permit.expiry',
          events.bePermit.validUntil,
          isAnsweredSince(events.bePermit.validFrom, events.renewalApplicationOn),
          [PERMIT_RULE[events.bePermit.permit]],
          today,
        ),
  // BE-5 via D5: the Office asks the prosecutor one month before the attestation expires; a
  // later attestation (BE-6 extension) or a CIRE (BE-7) is the answer.
  'be.prosecutor.followup': ({ events, today }) => {
    const attestation = events.beAttestation;
    if (attestation === undefined) return undefined;
    const latest = events.bePermit;
    return makeDeadline(
      'be.prosecutor.followup',
      formatPlainDate(subtractOneMonthFrom(toLocalDate(attestation.validUntil))),
      latest !== undefined && latest.validFrom > attestation.validFrom,
      ['BE-5'],
      today,
    );
  },
};

function findReflectionEnd(
  { events, reflection, today }: CaseContext,
  code: DeadlineCode,
  basis: readonly RuleId[],
): Deadline | undefined {
  return reflection === undefined
    ? undefined
    : makeDeadline(
        code,
        reflection.end,
        isAnsweredSince(reflection.on, events.cooperationOn, events.applicationOn),
        basis,
        today,
      );
}

/** By due date, then code; codes never tie, a deadline appears at most once per code. */
function compareDeadlines(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.code < b.code ? -1 : 1;
}

/** The deadlines of the pathway whose trigger is in the facts, sorted by due date then code. */
export function collectDeadlines(context: CaseContext): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const code of PATHWAY_PROFILES[context.facts.pathway].deadlines) {
    const deadline = DEADLINE_RULES[code](context);
    if (deadline !== undefined) deadlines.push(deadline);
  }
  return deadlines.sort(compareDeadlines);
}
