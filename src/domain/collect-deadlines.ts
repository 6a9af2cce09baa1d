/**
 * The deadlines of a case (docs/domain-contract.md: "Deadline status", "What answers a deadline",
 * "Which deadlines exist", and version 2's appeals, answeredOn and late).
 */
import type { Deadline, DeadlineCode, DeadlineStatus } from './assessment';
import type { CaseContext } from './build-case-context';
import type { PermitKind } from './case-facts-schema';
import { addTimeLength } from './add-time-to-act';
import {
  findBelgianTrigger,
  findImplicitRefusal,
  findLatestDecision,
  findLatestOqtf,
  findRetentionEnd,
  frAppealsOn,
  hasMovedOn,
  listAppealDates,
} from './find-appeal-triggers';
import { countBackWindowFrom } from './count-back-window';
import { findAnniversaryOf } from './find-anniversary';
import { formatPlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { PATHWAY_PROFILES } from './pathway-profiles';
import { BE_TRAFFICKING_PACK, findPackInForce, type RuleId } from './rule-packs';
import { subtractOneMonthFrom } from './subtract-one-month';
import { findEarliestSince } from './summarise-events';

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

interface DeadlineParts {
  due: PlainDate;
  /** Windows only. */
  opens?: PlainDate;
  /** The earliest answering event on or after the trigger; undefined when none is recorded. */
  answeredOn: PlainDate | undefined;
  basis: readonly RuleId[];
}

/** A deadline with its status; a met one carries answeredOn and late (contract version 2). */
function makeDeadline(
  code: DeadlineCode,
  { due, opens, answeredOn, basis }: DeadlineParts,
  today: PlainDate,
): Deadline {
  const deadline: Deadline = {
    code,
    due,
    ...(opens === undefined ? {} : { opens }),
    status: rateDeadline(answeredOn !== undefined, due, opens, today),
    basis: [...basis],
  };
  if (answeredOn !== undefined) {
    deadline.answeredOn = answeredOn;
    deadline.late = answeredOn > due;
  }
  return deadline;
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
 * Answers are events dated on or after the trigger, the earliest one being answeredOn. For the
 * permit expiries the contract also names "a later permit of a tracked kind", which cannot exist
 * beside the latest permit; only the application can answer them (docs/rules.md, Interpretations).
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
          {
            due: events.frPermit.validUntil,
            answeredOn: findEarliestSince(
              events.frPermit.validFrom,
              events.renewalApplicationDates,
            ),
            basis: ['FR-G2'],
          },
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
    return makeDeadline(
      'fr.renewal.window',
      {
        due: formatPlainDate(window.closes),
        opens: formatPlainDate(window.opens),
        answeredOn: findEarliestSince(permit.validFrom, events.renewalApplicationDates),
        basis: ['FR-G1'],
      },
      today,
    );
  },
  // FR-G4 via D3: 30 days after the day the notification was opened.
  'fr.complement.answer': ({ events, params, today }) => {
    const openedOn = events.complementOpenedOn;
    if (openedOn === undefined) return undefined;
    return makeDeadline(
      'fr.complement.answer',
      {
        due: addTimeLength(openedOn, { months: 0, days: params.frGeneral.complementAnswerDays }),
        answeredOn: findEarliestSince(openedOn, events.complementAnsweredDates),
        basis: ['FR-G4'],
      },
      today,
    );
  },
  // FR-G3: the attestation proves lawful stay until its last day; a decision ends the need.
  'fr.prolongation.expiry': ({ events, today }) =>
    events.prolongation === undefined
      ? undefined
      : makeDeadline(
          'fr.prolongation.expiry',
          {
            due: events.prolongation.validUntil,
            answeredOn: findEarliestSince(
              events.prolongation.validFrom,
              events.decisions.map((decision) => decision.on),
            ),
            basis: ['FR-G3'],
          },
          today,
        ),
  // FR-T9 via D6: a person recognised as victim while a minor can get a permit at 18.
  'fr.majority': ({ birth, params, today }) =>
    birth !== undefined && birth.age < params.frTrafficking.majorityAge
      ? makeDeadline(
          'fr.majority',
          {
            due: formatPlainDate(findAnniversaryOf(birth.date, params.frTrafficking.majorityAge)),
            answeredOn: undefined,
            basis: ['FR-T9'],
          },
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
          {
            due: events.bePermit.validUntil,
            answeredOn: findEarliestSince(
              events.bePermit.validFrom,
              events.renewalApplicationDates,
            ),
            basis: [PERMIT_RULE[events.bePermit.permit]],
          },
          today,
        ),
  // BE-5 via D5: the Office asks the prosecutor one month before the attestation expires; a
  // later attestation (BE-6 extension) or a CIRE (BE-7), the earliest one, is the answer.
  'be.prosecutor.followup': ({ events, today }) => {
    const attestation = events.beAttestation;
    if (attestation === undefined) return undefined;
    const later = events.bePermitStarts.filter((validFrom) => validFrom > attestation.validFrom);
    return makeDeadline(
      'be.prosecutor.followup',
      {
        due: formatPlainDate(subtractOneMonthFrom(toLocalDate(attestation.validUntil))),
        answeredOn: findEarliestSince(attestation.validFrom, later),
        basis: ['BE-5'],
      },
      today,
    );
  },
  // FR-A1 via D3: 2 months from the notification of the latest refusal, unless an OQTF notified
  // the same day carries it (it is appealed with the OQTF, FR-A6). FR-A3: an administrative
  // appeal answers it too; its rejection, a new refused decision, opens a new deadline.
  'fr.appeal.refusal': ({ events, today }) => {
    const refusedOn = findLatestDecision(events, 'refused');
    if (refusedOn === undefined) return undefined;
    if (events.oqtfs.some((oqtf) => oqtf.on === refusedOn)) return undefined;
    if (hasMovedOn(events, refusedOn)) return undefined;
    return makeDeadline(
      'fr.appeal.refusal',
      {
        due: addTimeLength(refusedOn, frAppealsOn(refusedOn).refusalAppeal),
        answeredOn: findEarliestSince(refusedOn, listAppealDates(events, ['refusal'], false)),
        basis: ['FR-A1'],
      },
      today,
    );
  },
  // FR-A6–FR-A8: answered by an appeal to the tribunal only (an administrative appeal does not
  // extend it, FR-A6).
  'fr.appeal.oqtf': ({ events, today }) => {
    const latest = findLatestOqtf(events);
    if (latest === undefined || hasMovedOn(events, latest.oqtf.on)) return undefined;
    return {
      ...makeDeadline(
        'fr.appeal.oqtf',
        {
          due: latest.due,
          answeredOn: findEarliestSince(latest.oqtf.on, listAppealDates(events, ['oqtf'], true)),
          basis: [latest.rule],
        },
        today,
      ),
      ...findRetentionEnd(latest.oqtf),
    };
  },
  // FR-A4: a milestone, never met: it exists only while no decision answers the application.
  'fr.implicit.refusal': (context) => {
    const implicit = findImplicitRefusal(context);
    return implicit === undefined
      ? undefined
      : makeDeadline(
          'fr.implicit.refusal',
          { due: implicit.due, answeredOn: undefined, basis: ['FR-A4'] },
          context.today,
        );
  },
  // FR-A5 via D3: only once the implicit refusal has arisen (fr.implicit.refusal overdue), 2 months
  // from its day; answered by an appeal against it, before a tribunal or administrative.
  'fr.appeal.implicit': (context) => {
    const implicit = findImplicitRefusal(context);
    const { events, today } = context;
    if (implicit === undefined || today <= implicit.due) return undefined;
    if (hasMovedOn(events, implicit.applicationOn)) return undefined;
    return makeDeadline(
      'fr.appeal.implicit',
      {
        due: addTimeLength(implicit.due, frAppealsOn(implicit.applicationOn).implicitAppeal),
        answeredOn: findEarliestSince(
          implicit.applicationOn,
          listAppealDates(events, ['implicit-refusal'], false),
        ),
        basis: ['FR-A5'],
      },
      today,
    );
  },
  // BE-A1 via D3: 30 days, or 10 when the order says the person is detained (BE-A2); the Council
  // is the only route, so any appeal against the refusal or the order answers it.
  'be.appeal': ({ events, today }) => {
    const trigger = findBelgianTrigger(events);
    if (trigger === undefined || hasMovedOn(events, trigger.on)) return undefined;
    const params = findPackInForce(BE_TRAFFICKING_PACK, trigger.on).params;
    return makeDeadline(
      'be.appeal',
      {
        due: addTimeLength(trigger.on, {
          months: 0,
          days: trigger.detained ? params.appealDaysDetained : params.appealDays,
        }),
        answeredOn: findEarliestSince(
          trigger.on,
          listAppealDates(events, ['refusal', 'order-to-leave'], false),
        ),
        basis: trigger.detained ? ['BE-A1', 'BE-A2'] : ['BE-A1'],
      },
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
        {
          due: reflection.end,
          answeredOn: findEarliestSince(reflection.on, [
            ...events.cooperationDates,
            ...events.applicationDates,
          ]),
          basis,
        },
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
