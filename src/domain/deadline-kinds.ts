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

/**
 * The rules that compute no date but must be known beside each appeal deadline: whether the
 * deadline runs at all (FR-A2), what interrupts it (FR-A3, FR-A6), what the appeal suspends
 * (FR-A9), the extreme-urgency appeal (BE-A3), and, during the reflection period, that no removal
 * may be enforced (FR-A11). In the order they are shown.
 */
const APPEAL_INFORMATION: Readonly<Record<(typeof APPEAL_DEADLINES)[number], readonly string[]>> = {
  'fr.appeal.refusal': ['FR-A2', 'FR-A3'],
  'fr.appeal.oqtf': ['FR-A2', 'FR-A6', 'FR-A9'],
  'fr.appeal.implicit': ['FR-A3'],
  'be.appeal': ['BE-A3'],
};
const INFORMATION_ORDER = ['FR-A2', 'FR-A3', 'FR-A6', 'FR-A9', 'FR-A11', 'BE-A3'];

export function findAppealInformation(
  codes: readonly DeadlineCode[],
  inReflectionPeriod: boolean,
): string[] {
  const rules = new Set<string>();
  for (const code of codes)
    if (isAppealDeadline(code))
      for (const rule of APPEAL_INFORMATION[code as keyof typeof APPEAL_INFORMATION])
        rules.add(rule);
  if (inReflectionPeriod && codes.includes('fr.appeal.oqtf')) rules.add('FR-A11');
  return INFORMATION_ORDER.filter((rule) => rules.has(rule));
}
