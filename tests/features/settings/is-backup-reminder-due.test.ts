import { describe, expect, it } from 'vitest';
import {
  countDaysSince,
  isBackupReminderDue,
  type BackupReminderFacts,
} from '../../../src/features/settings/is-backup-reminder-due';

const TODAY = '2026-11-30';
const base: BackupReminderFacts = {
  today: TODAY,
  lastBackupOn: undefined,
  reminderDays: 7,
  dismissedOn: undefined,
  vaultCreatedOn: '2026-09-01',
  hasCases: true,
};

describe('the backup reminder', () => {
  it.each([
    ['made today', '2026-11-30', 7, false],
    ['made 6 days ago, every 7 days', '2026-11-24', 7, false],
    ['made 7 days ago, every 7 days', '2026-11-23', 7, true],
    ['made 18 days ago, every 7 days', '2026-11-12', 7, true],
    ['made 18 days ago, every 30 days', '2026-11-12', 30, false],
    ['made 3 days ago, every 3 days', '2026-11-27', 3, true],
    ['made a year ago, never to be reminded', '2025-11-30', null, false],
  ] as const)('with a last backup %s: due is %s', (_, lastBackupOn, reminderDays, due) => {
    expect(isBackupReminderDue({ ...base, lastBackupOn, reminderDays })).toBe(due);
  });

  it('counts calendar days across a year end', () => {
    expect(countDaysSince('2025-12-31', '2026-01-14')).toBe(14);
    expect(
      isBackupReminderDue({
        ...base,
        today: '2026-01-14',
        lastBackupOn: '2025-12-31',
        reminderDays: 14,
      }),
    ).toBe(true);
  });

  it.each([
    ['a vault set up 30 days ago holding cases', '2026-10-31', true, true],
    ['a vault set up 7 days ago holding cases', '2026-11-23', true, true],
    ['a vault set up today holding cases (the demo at first start)', TODAY, true, false],
    ['a vault set up 6 days ago holding cases', '2026-11-24', true, false],
    ['an empty vault set up 30 days ago', '2026-10-31', false, false],
    ['a vault whose set-up day is unknown', undefined, true, false],
  ] as const)('without any backup, on %s: due is %s', (_, vaultCreatedOn, hasCases, due) => {
    expect(isBackupReminderDue({ ...base, vaultCreatedOn, hasCases })).toBe(due);
  });

  it('stays quiet on the day it was put aside, and comes back the next day', () => {
    const overdue = { ...base, lastBackupOn: '2026-11-01' };
    expect(isBackupReminderDue({ ...overdue, dismissedOn: TODAY })).toBe(false);
    expect(isBackupReminderDue({ ...overdue, dismissedOn: '2026-11-29' })).toBe(true);
    expect(isBackupReminderDue({ ...overdue, today: '2026-12-01', dismissedOn: TODAY })).toBe(true);
  });

  it('never counts a backup dated after today (a clock moved back) as overdue', () => {
    expect(countDaysSince('2026-12-05', TODAY)).toBe(0);
    expect(isBackupReminderDue({ ...base, lastBackupOn: '2026-12-05', reminderDays: 1 })).toBe(
      false,
    );
  });
});
