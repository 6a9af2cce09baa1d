/** How urgent a deadline is, for the dashboard's groups, the case list and the navigation badge. */
import type { DeadlineStatus } from './assessment';

export const URGENCIES = ['overdue', 'week', 'month', 'later', 'met'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Met; past its due date; due within 7 days; within 31 days; later. */
export function classifyUrgency(status: DeadlineStatus, daysToDue: number): Urgency {
  if (status === 'met') return 'met';
  if (status === 'overdue') return 'overdue';
  if (daysToDue <= 7) return 'week';
  if (daysToDue <= 31) return 'month';
  return 'later';
}
