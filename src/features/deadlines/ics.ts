/**
 * An iCalendar file (RFC 5545) of upcoming deadlines and appointments, made on the device. It
 * carries no personal data: each event names the deadline's or appointment's kind and the short
 * case reference (`toCaseReference`), never the pseudonym, a name, a birth date, an address, nor an
 * appointment's place, note or interpreter language.
 */
import { shiftDays, type AppointmentTimeZone } from '../../domain';

export interface CalendarDeadline {
  uid: string;
  /** The day to act by, 'YYYY-MM-DD': an all-day event. */
  due: string;
  summary: string;
  description: string;
}

/** What a deadline's events are written from (a deadline of the dashboard). */
export interface DeadlineToExport {
  caseId: string;
  code: string;
  due: string;
  /** A window's first day: its opening is an event of its own. */
  opens?: string | undefined;
}

/**
 * The calendar events of deadlines: one on each due day and, for a window (a renewal's filing
 * period), one more on the day it opens, so the worker is reminded to start, not only to finish.
 */
export function toCalendarDeadlines<D extends DeadlineToExport>(
  deadlines: readonly D[],
  describe: (deadline: D, moment: 'opens' | 'due') => { summary: string; description: string },
): CalendarDeadline[] {
  return deadlines.flatMap((deadline) => [
    ...(deadline.opens
      ? [
          {
            uid: `${deadline.caseId}-${deadline.code}-${deadline.opens}-opens`,
            due: deadline.opens,
            ...describe(deadline, 'opens'),
          },
        ]
      : []),
    {
      uid: `${deadline.caseId}-${deadline.code}-${deadline.due}`,
      due: deadline.due,
      ...describe(deadline, 'due'),
    },
  ]);
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in text values. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + one space). */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (encoder.encode(current + character).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = character;
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * An appointment at a local clock time in its time zone (TZID, with the zone's VTIMEZONE), reminded
 * the day before and two hours before. Its summary names its kind and the case reference only.
 */
export interface CalendarAppointment {
  uid: string;
  /** 'YYYY-MM-DD' and 'HH:MM', local to `timeZone`. */
  on: string;
  at: string;
  timeZone: AppointmentTimeZone;
  summary: string;
  description: string;
}

/**
 * Paris and Brussels keep the European Union's summer time (since 1996: last Sunday of March to last
 * Sunday of October, changing at 01:00 UTC), so one definition serves both.
 */
function timeZoneBlock(timeZone: AppointmentTimeZone): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19810329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19961027T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function appointmentBlock(appointment: CalendarAppointment, dtstamp: string): string[] {
  const reminder = (trigger: string) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${escapeText(appointment.summary)}`,
    'END:VALARM',
  ];
  return [
    'BEGIN:VEVENT',
    `UID:${appointment.uid}@passerelle.invalid`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;TZID=${appointment.timeZone}:${compactDate(appointment.on)}T${appointment.at.replace(':', '')}00`,
    'DURATION:PT1H',
    `SUMMARY:${escapeText(appointment.summary)}`,
    `DESCRIPTION:${escapeText(appointment.description)}`,
    ...reminder('-P1D'),
    ...reminder('-PT2H'),
    'END:VEVENT',
  ];
}

function compactDate(plainDate: string): string {
  return plainDate.replaceAll('-', '');
}

export function buildCalendar(
  deadlines: readonly CalendarDeadline[],
  stamp: Date,
  appointments: readonly CalendarAppointment[] = [],
): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Passerelle//Deadlines//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const timeZone of new Set(appointments.map((appointment) => appointment.timeZone)))
    lines.push(...timeZoneBlock(timeZone));
  for (const appointment of appointments) lines.push(...appointmentBlock(appointment, dtstamp));
  for (const deadline of deadlines) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${deadline.uid}@passerelle.invalid`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(deadline.due)}`,
      `DTEND;VALUE=DATE:${compactDate(shiftDays(deadline.due, 1))}`,
      `SUMMARY:${escapeText(deadline.summary)}`,
      `DESCRIPTION:${escapeText(deadline.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P7D',
      `DESCRIPTION:${escapeText(deadline.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
