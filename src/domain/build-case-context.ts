/** Everything the rules read about one case on one day, computed once per assessment. */
import type { LocalDate } from '@js-joda/core';
import type { CaseFacts, Pathway } from './case-facts-schema';
import { countFullYearsOn, findAnniversaryOf } from './find-anniversary';
import { addValidity } from './last-valid-day';
import { formatPlainDate, toLocalDate } from './parse-plain-date';
import type { PlainDate } from './plain-date-schema';
import {
  BE_TRAFFICKING_PACK,
  FR_GENERAL_PACK,
  FR_HUMANITARIAN_PACK,
  FR_TRAFFICKING_PACK,
  findPackInForce,
  type BeTraffickingParams,
  type FrGeneralParams,
  type FrHumanitarianParams,
  type FrTraffickingParams,
} from './rule-packs';
import { summariseEvents, type EventSummary } from './summarise-events';

export interface PackParams {
  frGeneral: FrGeneralParams;
  frTrafficking: FrTraffickingParams;
  frHumanitarian: FrHumanitarianParams;
  beTrafficking: BeTraffickingParams;
}

export interface CaseContext {
  facts: CaseFacts;
  today: PlainDate;
  events: EventSummary;
  params: PackParams;
  /** The birth date and the age today (D6); undefined when the birth date is unknown. */
  birth: { date: LocalDate; age: number } | undefined;
  /** The latest reflection period (FR-T2 30 days / BE-2 45 days, D2), on trafficking pathways. */
  reflection: { on: PlainDate; end: PlainDate } | undefined;
  /** A final-conviction event or proceedings 'final-conviction' (FR-T8, BE-8). */
  hasFinalConviction: boolean;
  /** Arrived more than N years before today, N of FR-H4 (today after the anniversary, D6). */
  hasLongResidence: boolean;
}

/** The packs in force on `today` (the pack version is chosen by the day of the assessment). */
export function selectParamsInForce(today: PlainDate): PackParams {
  return {
    frGeneral: findPackInForce(FR_GENERAL_PACK, today).params,
    frTrafficking: findPackInForce(FR_TRAFFICKING_PACK, today).params,
    frHumanitarian: findPackInForce(FR_HUMANITARIAN_PACK, today).params,
    beTrafficking: findPackInForce(BE_TRAFFICKING_PACK, today).params,
  };
}

/**
 * The length of a reflection period: FR-T2 (récépissé, 30 days) on every French pathway (a person
 * first met as a presumed victim may be followed on another French ground) or BE-2 (annexe 15, 45
 * days). The contract scopes `in-reflection-period` to no pathway; only the deadline fr.reflection.end
 * is fr-trafficking's own.
 */
function countReflectionDays(pathway: Pathway, params: PackParams): number | undefined {
  switch (pathway) {
    case 'fr-trafficking':
    case 'fr-humanitarian':
    case 'fr-prostitution-exit':
      return params.frTrafficking.reflectionDays;
    case 'be-trafficking':
      return params.beTrafficking.reflectionDays;
  }
}

function findReflection(
  on: PlainDate | undefined,
  days: number | undefined,
): CaseContext['reflection'] {
  return on === undefined || days === undefined
    ? undefined
    : { on, end: formatPlainDate(addValidity(toLocalDate(on), 0, days)) };
}

export function buildCaseContext(facts: CaseFacts, today: PlainDate): CaseContext {
  const params = selectParamsInForce(today);
  const events = summariseEvents(facts.events);
  const todayDate = toLocalDate(today);
  const { birthDate, arrivedOn } = facts.person;
  const birth = birthDate === undefined ? undefined : toLocalDate(birthDate);
  return {
    facts,
    today,
    events,
    params,
    birth:
      birth === undefined ? undefined : { date: birth, age: countFullYearsOn(birth, todayDate) },
    reflection: findReflection(events.reflectionOn, countReflectionDays(facts.pathway, params)),
    hasFinalConviction:
      events.hasFinalConvictionEvent || facts.situation.proceedings === 'final-conviction',
    hasLongResidence:
      arrivedOn !== undefined &&
      findAnniversaryOf(
        toLocalDate(arrivedOn),
        params.frHumanitarian.commissionAfterYears,
      ).isBefore(todayDate),
  };
}
