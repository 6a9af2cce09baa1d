/** The device settings' defaults and limits, apart from their schema (read after the first screen). */
export const DEFAULT_IDLE_MINUTES = 10;
/** A backup is the only copy if the device is lost or the browser erases the database. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
export const MAX_BACKUP_REMINDER_DAYS = 365;
