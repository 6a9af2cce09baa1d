/**
 * The upcoming appointments of every case (today and later), soonest first, each with the case's
 * short reference and the time zone its clock time is read in.
 */
import {
  appointmentTimeZone,
  toCaseReference,
  type Appointment,
  type AppointmentTimeZone,
} from '../../domain';
import type { CaseOverview } from '../../queries/case-overviews';

export interface CaseAppointment extends Appointment {
  caseId: string;
  caseReference: string;
  timeZone: AppointmentTimeZone;
}

export function collectAppointments(
  overviews: readonly CaseOverview[],
  today: string,
): CaseAppointment[] {
  const appointments: CaseAppointment[] = [];
  for (const { caseFile } of overviews)
    for (const appointment of caseFile.appointments ?? [])
      if (appointment.on >= today)
        appointments.push({
          ...appointment,
          caseId: caseFile.id,
          caseReference: toCaseReference(caseFile.id),
          timeZone: appointmentTimeZone(caseFile.pathway),
        });
  return appointments.sort((a, b) => `${a.on}T${a.at}`.localeCompare(`${b.on}T${b.at}`));
}
