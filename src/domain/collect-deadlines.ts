/**
 * The deadlines of a case (docs/domain-contract.md: "Deadline status", "What answers a deadline",
 * "Which deadlines exist", and version 2's appeals, answeredOn and late).
 */
import { LocalTime } from '@js-joda/core';
import type { Deadline, DeadlineCode, DeadlineStatus } from './assessment';
import type { CaseContext } from './build-case-context';
import type { AppealTarget, OqtfNotifiedEvent, PermitKind } from './case-facts-schema';
import { addTimeToActOn } from './add-time-to-act';
import { countBackWindowFrom } from './count-back-window';
import { findAnniversaryOf } from './find-anniversary';
import { formatPlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import { PATHWAY_PROFILES } from './pathway-profiles';
import {
  BE_TRAFFICKING_PACK,
  FR_APPEALS_PACK,
  findPackInForce,
  type FrAppealsParams,
  type RuleId,
  type TimeToActLength,
} from './rule-packs';
import { subtractOneMonthFrom } from './subtract-one-month';
import { findEarliestSince, findLatest, type EventSummary } from './summarise-events';

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

/** D3 on plain dates: the last day to act `length` after `on`. */
function addLength(on: PlainDate, length: TimeToActLength): PlainDate {
  return formatPlainDate(addTimeToActOn(toLocalDate(on), length.months, length.days));
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

/** The dates of the appeals filed against one of `targets`, before a court of `courts`. */
function listAppealDates(
  events: EventSummary,
  targets: readonly AppealTarget[],
  tribunalOnly: boolean,
): PlainDate[] {
  return events.appeals
    .filter((appeal) => targets.includes(appeal.against))
    .filter((appeal) => !tribunalOnly || appeal.court === 'tribunal')
    .map((appeal) => appeal.on);
}

/**
 * Contract version 2: an appeal deadline no longer exists once a granted decision dated after its
 * trigger, or a permit (of any kind) starting after it, is recorded: the situation has moved on.
 */
function hasMovedOn(events: EventSummary, trigger: PlainDate): boolean {
  return (
    events.decisions.some((decision) => decision.outcome === 'granted' && decision.on > trigger) ||
    events.permitStarts.some((validFrom) => validFrom > trigger)
  );
}

function findLatestDecision(events: EventSummary, outcome: 'refused'): PlainDate | undefined {
  return findLatest(
    events.decisions
      .filter((decision) => decision.outcome === outcome)
      .map((decision) => decision.on),
  );
}

/** The appeal pack in force on the day of the decision concerned (docs/rules.md, "Packs"). */
function frAppealsOn(on: PlainDate): FrAppealsParams {
  return findPackInForce(FR_APPEALS_PACK, on).params;
}

/**
 * FR-A6–FR-A8: the time to appeal an OQTF by the person's situation; free without a departure
 * period, 7 days as a precaution (FR-A6: the deadline stated on the notification prevails).
 */
function findOqtfTime(
  oqtf: OqtfNotifiedEvent,
  params: FrAppealsParams,
): { length: TimeToActLength; rule: RuleId } {
  switch (oqtf.situation) {
    case 'free':
      return oqtf.departurePeriod === false
        ? { length: params.oqtfFreeWithoutDeparturePeriod, rule: 'FR-A6' }
        : { length: params.oqtfFree, rule: 'FR-A6' };
    case 'assigned-or-detained':
      return { length: params.oqtfAssignedOrDetained, rule: 'FR-A7' };
    case 'retention':
      return { length: params.oqtfRetention, rule: 'FR-A8' };
  }
}

interface OqtfDeadline {
  oqtf: OqtfNotifiedEvent;
  due: PlainDate;
  rule: RuleId;
}

/**
 * The latest OQTF. Two notified the same day: the one with the shorter time to appeal, the
 * conservative choice (docs/rules.md FR-A6).
 */
function findLatestOqtf(events: EventSummary): OqtfDeadline | undefined {
  let chosen: OqtfDeadline | undefined;
  for (const oqtf of events.oqtfs) {
    const { length, rule } = findOqtfTime(oqtf, frAppealsOn(oqtf.on));
    const due = addLength(oqtf.on, length);
    if (
      chosen === undefined ||
      oqtf.on > chosen.oqtf.on ||
      (oqtf.on === chosen.oqtf.on && due < chosen.due)
    ) {
      chosen = { oqtf, due, rule };
    }
  }
  return chosen;
}

/**
 * FR-A8 beside the contract: with the hour of notification known, the moment the 48 hours end
 * (the deadline's due stays the last full day).
 */
function findRetentionEnd(oqtf: OqtfNotifiedEvent): Pick<Deadline, 'endsAt'> {
  if (oqtf.situation !== 'retention' || oqtf.at === undefined) return {};
  const end = toLocalDate(oqtf.on)
    .atTime(LocalTime.parse(oqtf.at))
    .plusHours(frAppealsOn(oqtf.on).retentionHours);
  return { endsAt: { on: formatPlainDate(end.toLocalDate()), at: oqtf.at } };
}

/**
 * FR-A4: the latest application with no decision dated on or after it, and the day its silence
 * becomes an implicit refusal (4 months, D3).
 */
function findImplicitRefusal({
  events,
}: CaseContext): { applicationOn: PlainDate; due: PlainDate } | undefined {
  const applicationOn = findLatest(events.applicationDates);
  if (applicationOn === undefined) return undefined;
  if (events.decisions.some((decision) => decision.on >= applicationOn)) return undefined;
  return {
    applicationOn,
    due: addLength(applicationOn, frAppealsOn(applicationOn).implicitRefusalAfter),
  };
}

/**
 * BE-A1, BE-A2: the later of the latest refusal and the latest order to leave (the same day: the
 * order); two orders the same day, detained when one of them says so (the shorter time).
 */
function findBelgianTrigger(
  events: EventSummary,
): { on: PlainDate; detained: boolean } | undefined {
  const refusalOn = findLatestDecision(events, 'refused');
  const orderOn = findLatest(events.ordersToLeave.map((order) => order.on));
  if (orderOn !== undefined && (refusalOn === undefined || orderOn >= refusalOn)) {
    const detained = events.ordersToLeave.some(
      (order) => order.on === orderOn && order.detained === true,
    );
    return { on: orderOn, detained };
  }
  return refusalOn === undefined ? undefined : { on: refusalOn, detained: false };
}

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
        due: addLength(openedOn, { months: 0, days: params.frGeneral.complementAnswerDays }),
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
        due: addLength(refusedOn, frAppealsOn(refusedOn).refusalAppeal),
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
        due: addLength(implicit.due, frAppealsOn(implicit.applicationOn).implicitAppeal),
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
        due: addLength(trigger.on, {
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
