/**
 * Device preferences, readable while the vault is locked (the idle timeout must be known before
 * unlock). Nothing personal goes here: it is kept in clear.
 */
import { z } from 'zod';
import { announceCommitted } from './change-feed';
import type { PasserelleDb } from './db';

export const DEFAULT_IDLE_MINUTES = 10;

export const DeviceSettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_MINUTES),
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
