/**
 * Device preferences, kept in clear (nothing personal goes here). Loaded when first read, once
 * the vault is unlocked (src/storage/session.ts); the defaults live apart (settings-defaults.ts).
 */
import { z } from 'zod';
import { announceCommitted } from './change-feed';
import type { PasserelleDb } from './db';
import {
  DEFAULT_BACKUP_REMINDER_DAYS,
  DEFAULT_IDLE_MINUTES,
  MAX_BACKUP_REMINDER_DAYS,
} from './settings-defaults';

export const DeviceSettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_MINUTES),
  /** When this device last produced a backup file (its download started): an ISO instant. */
  lastBackupAt: z.iso.datetime().optional(),
  /** Days after the last backup before the app reminds the worker; null: never remind. */
  backupReminderDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_BACKUP_REMINDER_DAYS)
    .nullable()
    .default(DEFAULT_BACKUP_REMINDER_DAYS),
  /** The local day the worker put the reminder aside: it comes back the next day. */
  backupReminderDismissedOn: z.iso.date().optional(),
});
export type DeviceSettings = z.infer<typeof DeviceSettingsSchema>;

export interface SettingsRepository {
  read(): Promise<DeviceSettings>;
  write(patch: Partial<DeviceSettings>): Promise<DeviceSettings>;
}

export function createSettingsRepository(db: PasserelleDb): SettingsRepository {
  async function read(): Promise<DeviceSettings> {
    const rows = await db.settings.toArray();
    const parsed = DeviceSettingsSchema.safeParse(
      Object.fromEntries(rows.map((row) => [row.key, row.value])),
    );
    return parsed.success ? parsed.data : DeviceSettingsSchema.parse({});
  }
  return {
    read,
    async write(patch) {
      const next = DeviceSettingsSchema.parse({ ...(await read()), ...patch });
      await db.settings.bulkPut(Object.entries(next).map(([key, value]) => ({ key, value })));
      announceCommitted(db, [{ table: 'settings', id: 'device', op: 'put' }]);
      return next;
    },
  };
}
