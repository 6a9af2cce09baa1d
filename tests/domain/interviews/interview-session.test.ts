import { describe, expect, it } from 'vitest';
import {
  interviewState,
  isSameInterview,
  mergeInterviews,
  mergeSessionLogs,
  nextSessionEvents,
  type SessionEvent,
} from '../../../src/domain/index';
import { answer, buildInterview, FULL_CONSENT } from './build-interview';

const at = (id: string, kind: SessionEvent['kind'], instant: string): SessionEvent => ({
  id,
  kind,
  at: instant,
});

describe('an interview as it happens: breaks, pauses, resumed another day', () => {
  it('is in progress until something is logged, on a break until the break ends', () => {
    expect(interviewState([])).toBe('in-progress');
    const onBreak = [at('b1', 'break', '2026-12-10T10:20:00Z')];
    expect(interviewState(onBreak)).toBe('on-break');
    expect(nextSessionEvents('on-break')).toEqual(['break-end']);
    expect(interviewState([...onBreak, at('b2', 'break-end', '2026-12-10T10:35:00Z')])).toBe(
      'in-progress',
    );
  });

  it('paused one day and resumed another: the state follows the time of the events, not their order in the list', () => {
    const log = [
      at('r1', 'resume', '2026-12-14T09:00:00Z'),
      at('p1', 'pause', '2026-12-10T11:00:00Z'),
    ];
    expect(interviewState(log)).toBe('in-progress');
    expect(interviewState(log.slice(1))).toBe('paused');
    expect(nextSessionEvents('paused')).toEqual(['resume']);
  });

  it('a finished interview can be resumed (the person comes back with more to say)', () => {
    expect(interviewState([at('f1', 'finish', '2026-12-10T12:00:00Z')])).toBe('finished');
    expect(nextSessionEvents('finished')).toEqual(['resume']);
  });

  it('two devices’ logs unite by event id, in the same order whichever merges first', () => {
    const ours = [
      at('a', 'break', '2026-12-10T10:00:00Z'),
      at('b', 'break-end', '2026-12-10T10:10:00Z'),
    ];
    const theirs = [
      at('b', 'break-end', '2026-12-10T10:10:00Z'),
      at('c', 'pause', '2026-12-10T11:00:00Z'),
    ];
    expect(mergeSessionLogs(ours, theirs)).toEqual(mergeSessionLogs(theirs, ours));
    expect(mergeSessionLogs(ours, theirs).map((event) => event.id)).toEqual(['a', 'b', 'c']);
    // Logged at the same instant on two devices: ordered by id, the same on both.
    const x = at('x', 'break', '2026-12-10T12:00:00Z');
    const y = at('y', 'finish', '2026-12-10T12:00:00Z');
    expect(mergeSessionLogs([y], [x])).toEqual(mergeSessionLogs([x], [y]));
    expect(mergeSessionLogs([y], [x]).map((event) => event.id)).toEqual(['x', 'y']);
  });
});

describe('two versions of one interview merge without losing anything', () => {
  it('answers, breaks and the interpreter noted last are all kept, whatever the order', () => {
    const ours = buildInterview([...FULL_CONSENT, answer('journey.arrival-date', '2026-09-14')], {
      log: [at('a', 'break', '2026-12-10T10:00:00Z')],
      interpreter: { present: true, mode: 'phone', language: 'ti', setAt: '2026-12-10T09:00:00Z' },
    });
    const theirs = buildInterview(
      [
        ...FULL_CONSENT,
        answer('identity.nationality', 'ER', { answeredAt: '2026-12-10T10:05:00Z' }),
      ],
      {
        log: [at('b', 'pause', '2026-12-10T11:00:00Z')],
        interpreter: {
          present: true,
          mode: 'in-person',
          language: 'ti',
          organisation: 'ISM Interprétariat (exemple)',
          setAt: '2026-12-10T09:30:00Z',
        },
      },
    );
    const merged = mergeInterviews(ours, { ...theirs, scriptVersion: 1 });
    expect(merged).toEqual(mergeInterviews({ ...theirs, scriptVersion: 1 }, ours));
    expect(merged.scriptVersion).toBe(1);
    expect(merged.answers.map((a) => a.questionId)).toEqual(
      expect.arrayContaining(['journey.arrival-date', 'identity.nationality']),
    );
    expect(merged.log.map((event) => event.id)).toEqual(['a', 'b']);
    expect(merged.interpreter?.mode).toBe('in-person');
  });
});

describe('what the worker may do next, and merges that settle ties alike on both devices', () => {
  it('in progress: a break, a pause or the end', () => {
    expect(nextSessionEvents('in-progress')).toEqual(['break', 'pause', 'finish']);
  });

  it('the interpreter noted on one device only is kept; noted at the same instant, both devices keep the same', () => {
    const phone = { present: true, mode: 'phone' as const, setAt: '2026-12-10T09:00:00Z' };
    const video = { present: true, mode: 'video' as const, setAt: '2026-12-10T09:00:00Z' };
    const alone = buildInterview([], { interpreter: phone });
    expect(mergeInterviews(buildInterview([]), alone).interpreter).toEqual(phone);
    expect(mergeInterviews(alone, buildInterview([])).interpreter).toEqual(phone);
    const tie = mergeInterviews(alone, buildInterview([], { interpreter: video })).interpreter;
    expect(tie).toEqual(
      mergeInterviews(buildInterview([], { interpreter: video }), alone).interpreter,
    );
  });

  it('two versions holding the same in another order are the same interview; another answer is not', () => {
    const a = buildInterview([answer('consent.agrees', true), answer('safety.food', false)]);
    const b = buildInterview([answer('safety.food', false), answer('consent.agrees', true)]);
    expect(isSameInterview(a, b)).toBe(true);
    expect(isSameInterview(a, buildInterview([answer('consent.agrees', true)]))).toBe(false);
  });
});
