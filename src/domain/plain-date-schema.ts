/**
 * docs/rules.md D1: a legal date is a calendar date 'YYYY-MM-DD' with no time and no zone. This
 * module owns its validation; arithmetic lives in the D2–D6 modules, on js-joda's LocalDate.
 */
import { Month, Year } from '@js-joda/core';
import { z } from 'zod';

/** A calendar date 'YYYY-MM-DD' (docs/rules.md D1). */
export type PlainDate = string;

const PLAIN_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when a 'YYYY-MM-DD' string names a day that exists (2024-02-29 does, 2025-02-30 does not). */
export function isExistingCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
}

/** True when `value` is a well-formed, existing plain date. */
export function isPlainDate(value: unknown): value is PlainDate {
  return (
    typeof value === 'string' && PLAIN_DATE_PATTERN.test(value) && isExistingCalendarDate(value)
  );
}

/** Messages are translation keys (house style): the UI translates them when it renders a form. */
export const PlainDateSchema = z
  .string({ error: 'validation.date.format' })
  .regex(PLAIN_DATE_PATTERN, { error: 'validation.date.format', abort: true })
  .refine(isExistingCalendarDate, { error: 'validation.date.impossible' });
