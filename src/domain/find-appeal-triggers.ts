/**
 * What the appeal deadlines are computed from (FR-A1–FR-A8, BE-A1–BE-A2, contract version 2): the
 * latest decision, OQTF, order to leave or unanswered application, the appeals filed against them,
 * and whether the situation has moved on. The deadlines themselves are in collect-deadlines.ts.
 */
import { LocalTime } from '@js-joda/core';
import { addTimeLength } from './add-time-to-act';
import type { Deadline } from './assessment';
import type { CaseContext } from './build-case-context';
import type { AppealTarget, OqtfNotifiedEvent } from './case-facts-schema';
import { formatPlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import {
  FR_APPEALS_PACK,
  findPackInForce,
  type FrAppealsParams,
  type RuleId,
  type TimeToActLength,
} from './rule-packs';
import { findLatest, type EventSummary } from './summarise-events';

/** The dates of the appeals filed against one of `targets`, before a court of `courts`. */
export function listAppealDates(
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
export function hasMovedOn(events: EventSummary, trigger: PlainDate): boolean {
  return (
    events.decisions.some((decision) => decision.outcome === 'granted' && decision.on > trigger) ||
    events.permitStarts.some((validFrom) => validFrom > trigger)
  );
}

export function findLatestDecision(
  events: EventSummary,
  outcome: 'refused',
): PlainDate | undefined {
  return findLatest(
    events.decisions
      .filter((decision) => decision.outcome === outcome)
      .map((decision) => decision.on),
  );
}

/** The appeal pack in force on the day of the decision concerned (docs/rules.md, "Packs"). */
export function frAppealsOn(on: PlainDate): FrAppealsParams {
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
export function findLatestOqtf(events: EventSummary): OqtfDeadline | undefined {
  let chosen: OqtfDeadline | undefined;
  for (const oqtf of events.oqtfs) {
    const { length, rule } = findOqtfTime(oqtf, frAppealsOn(oqtf.on));
    const due = addTimeLength(oqtf.on, length);
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
export function findRetentionEnd(oqtf: OqtfNotifiedEvent): Pick<Deadline, 'endsAt'> {
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
export function findImplicitRefusal({
  events,
}: CaseContext): { applicationOn: PlainDate; due: PlainDate } | undefined {
  const applicationOn = findLatest(events.applicationDates);
  if (applicationOn === undefined) return undefined;
  if (events.decisions.some((decision) => decision.on >= applicationOn)) return undefined;
  return {
    applicationOn,
    due: addTimeLength(applicationOn, frAppealsOn(applicationOn).implicitRefusalAfter),
  };
}

/**
 * BE-A1, BE-A2: the later of the latest refusal and the latest order to leave (the same day: the
 * order); two orders the same day, detained when one of them says so (the shorter time).
 */
export function findBelgianTrigger(
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
