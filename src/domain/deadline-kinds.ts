/**
 * Two kinds of deadlines the screens treat apart: the appeal deadlines after an adverse decision
 * (FR-A*, BE-A*: the first thing a worker must see), and the dates that only mark a moment (the
 * 18th birthday, FR-T9; the day silence becomes a refusal, FR-A4): milestones, never overdue tasks.
 */
import type { DeadlineCode } from './assessment';

export const APPEAL_DEADLINES = [
  'fr.appeal.refusal',
  'fr.appeal.oqtf',
  'fr.appeal.implicit',
  'be.appeal',
] as const satisfies readonly DeadlineCode[];

export const MILESTONE_DEADLINES = [
  'fr.majority',
  'fr.implicit.refusal',
] as const satisfies readonly DeadlineCode[];

export function isAppealDeadline(code: DeadlineCode): boolean {
  return (APPEAL_DEADLINES as readonly DeadlineCode[]).includes(code);
}

export function isMilestone(code: DeadlineCode): boolean {
  return (MILESTONE_DEADLINES as readonly DeadlineCode[]).includes(code);
}
