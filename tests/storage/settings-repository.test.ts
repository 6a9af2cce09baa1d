import { describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import {
  getVaultCreatedAt,
  openStorage,
  readSettings,
  writeSettings,
} from '../../src/storage/storage';
import { freshDatabaseName } from '../setup/storage';

describe('the device settings of the backup reminder', () => {
  it('start with no backup recorded and a reminder every 7 days', async () => {
    await openStorage({ name: freshDatabaseName() });
    const settings = await readSettings();
    expect(settings.lastBackupAt).toBeUndefined();
    expect(settings.backupReminderDays).toBe(7);
    expect(settings.backupReminderDismissedOn).toBeUndefined();
  });

  it('keep the last backup, the interval ("never" as null) and the day the reminder was put aside', async () => {
    await openStorage({ name: freshDatabaseName() });
    await writeSettings({ lastBackupAt: '2026-11-12T17:45:00.000Z', backupReminderDays: 14 });
    await writeSettings({ backupReminderDismissedOn: '2026-11-30' });
    expect(await readSettings()).toMatchObject({
      lastBackupAt: '2026-11-12T17:45:00.000Z',
      backupReminderDays: 14,
      backupReminderDismissedOn: '2026-11-30',
    });
    await writeSettings({ backupReminderDays: null });
    expect((await readSettings()).backupReminderDays).toBeNull();
  });

  it.each([0, -3, 366, 2.5])(
    'refuse an interval of %s days and keep the one saved',
    async (backupReminderDays) => {
      await openStorage({ name: freshDatabaseName() });
      await writeSettings({ backupReminderDays: 30 });
      await expect(writeSettings({ backupReminderDays })).rejects.toThrow();
      expect((await readSettings()).backupReminderDays).toBe(30);
    },
  );

  it('read the day the vault was set up from the vault, and nothing without one', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    expect(await getVaultCreatedAt()).toBeUndefined();
    const db = new PasserelleDb(name);
    await db.open();
    await db.table('vault').put({ id: 'vault', createdAt: '2026-10-01T08:00:00.000Z' });
    db.close();
    expect(await getVaultCreatedAt()).toBe('2026-10-01T08:00:00.000Z');
  });
});
