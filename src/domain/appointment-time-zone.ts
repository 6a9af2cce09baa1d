/**
 * The time zone an appointment's clock time is read in: the country of the case's pathway. The
 * association's profile names its country only, and a case's country is its pathway's.
 */
import type { Pathway } from './case-facts-schema';

export const APPOINTMENT_TIME_ZONES = ['Europe/Paris', 'Europe/Brussels'] as const;
export type AppointmentTimeZone = (typeof APPOINTMENT_TIME_ZONES)[number];

/** Belgian cases in Brussels time; every other pathway (French) in Paris time, the default. */
export function appointmentTimeZone(pathway: Pathway): AppointmentTimeZone {
  return pathway.startsWith('be-') ? 'Europe/Brussels' : 'Europe/Paris';
}
