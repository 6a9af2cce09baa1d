/**
 * An iCalendar file (RFC 5545) of upcoming deadlines, made on the device. It carries no personal
 * data: each event names the deadline's kind and a short case reference made from the case's id,
 * never the pseudonym, a name, a birth date or an address.
 */
import { shiftDays } from '../../domain';

export interface CalendarDeadline {
  uid: string;
  /** The day to act by, 'YYYY-MM-DD': an all-day event. */
  due: string;
  summary: string;
  description: string;
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

function compactDate(plainDate: string): string {
  return plainDate.replaceAll('-', '');
}

export function buildCalendar(deadlines: readonly CalendarDeadline[], stamp: Date): string {
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

/** The case reference shown outside the app: the end of its id, never its pseudonym. */
export function caseReference(caseId: string): string {
  return caseId.slice(-8).toUpperCase();
}
