/**
 * An interview as it happens (issue 15): the interpreter, if any, and a log of its breaks and
 * pauses. A break is short and within the day (the person needs to rest, to pray, to cry); a pause
 * stops the interview, to be resumed another day; "finished" closes it. The state is read from the
 * log, never stored apart from it, so two devices that merged their logs agree on it.
 */
import { z } from 'zod';
import { LanguageTagSchema } from '../case-file';
import { compareInstants } from './instants';

export const INTERPRETER_MODES = ['in-person', 'phone', 'video'] as const;
export type InterpreterMode = (typeof INTERPRETER_MODES)[number];

/** Who interpreted, as the worker noted it; `setAt` settles two devices' notes (the later wins). */
export const InterpreterSchema = z.object({
  present: z.boolean(),
  mode: z.enum(INTERPRETER_MODES).optional(),
  language: LanguageTagSchema.optional(),
  organisation: z.string().trim().max(200).optional(),
  setAt: z.iso.datetime(),
});
export type Interpreter = z.infer<typeof InterpreterSchema>;

export const SESSION_EVENT_KINDS = ['break', 'break-end', 'pause', 'resume', 'finish'] as const;
export type SessionEventKind = (typeof SESSION_EVENT_KINDS)[number];

export const SessionEventSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(SESSION_EVENT_KINDS),
  at: z.iso.datetime(),
});
export type SessionEvent = z.infer<typeof SessionEventSchema>;

export type InterviewState = 'in-progress' | 'on-break' | 'paused' | 'finished';

const STATE_AFTER: Record<SessionEventKind, InterviewState> = {
  break: 'on-break',
  'break-end': 'in-progress',
  pause: 'paused',
  resume: 'in-progress',
  finish: 'finished',
};

/** The interview's state after its last logged event (none: in progress since it started). */
export function interviewState(log: readonly SessionEvent[]): InterviewState {
  const last = mergeSessionLogs(log, []).at(-1);
  return last === undefined ? 'in-progress' : STATE_AFTER[last.kind];
}

/** What the worker may log next, in the state the interview is in. */
export function nextSessionEvents(state: InterviewState): SessionEventKind[] {
  switch (state) {
    case 'in-progress':
      return ['break', 'pause', 'finish'];
    case 'on-break':
      return ['break-end'];
    case 'paused':
    case 'finished':
      return ['resume'];
  }
}

/** Two devices' logs, united by event id and ordered by time (then id): the same on both. */
export function mergeSessionLogs(
  ours: readonly SessionEvent[],
  theirs: readonly SessionEvent[],
): SessionEvent[] {
  const byId = new Map<string, SessionEvent>();
  for (const event of [...ours, ...theirs]) byId.set(event.id, event);
  return [...byId.values()].sort(
    // Ids are unique here (a map's keys): equal instants are ordered by id.
    (a, b) => compareInstants(a.at, b.at) || (a.id < b.id ? -1 : 1),
  );
}

/** The interpreter noted last wins; equal instants are settled by content, alike on both sides. */
export function mergeInterpreters(
  ours: Interpreter | undefined,
  theirs: Interpreter | undefined,
): Interpreter | undefined {
  if (ours === undefined) return theirs;
  if (theirs === undefined) return ours;
  const order = compareInstants(ours.setAt, theirs.setAt);
  if (order !== 0) return order > 0 ? ours : theirs;
  return JSON.stringify(ours) >= JSON.stringify(theirs) ? ours : theirs;
}
