import { describe, expect, it } from 'vitest';
import {
  InvalidCaseFactsError,
  assessCase,
  assessCaseFile,
  toCaseFacts,
  type CaseFile,
  type CaseFileAssessment,
} from '../../src/domain/index';
import { RECORDED_AT, buildCaseFile, buildTimeline } from './build-case-file';

const TODAY = '2026-03-02';

/** A stored case whose timeline was written without the schema (an old record, an import). */
function withTimeline(caseFile: CaseFile, timeline: CaseFile['timeline']): CaseFile {
  return { ...caseFile, timeline };
}

function errorOf(result: CaseFileAssessment): InvalidCaseFactsError | undefined {
  return result.ok ? undefined : result.error;
}

describe('assessing a stored case file', () => {
  it('FR-T2 a valid case file is assessed on today from its timeline', () => {
    const caseFile = buildCaseFile({
      timeline: buildTimeline({ type: 'reflection-granted', on: '2026-02-20' }),
    });
    const result = assessCaseFile(caseFile, TODAY);
    expect(result).toEqual({ ok: true, assessment: assessCase(toCaseFacts(caseFile), TODAY) });
    expect(result.ok && result.assessment.deadlines).toEqual([
      { code: 'fr.reflection.end', due: '2026-03-21', status: 'open', basis: ['FR-T2'] },
    ]);
  });

  it.each<[string, string, string, CaseFile['timeline']]>([
    [
      'an impossible date',
      'events.1.on',
      'validation.date.impossible',
      buildTimeline(
        { type: 'reflection-granted', on: '2026-01-10' },
        { type: 'complaint-filed', on: '2026-02-30' },
      ),
    ],
    [
      'a date written the French way',
      'events.0.on',
      'validation.date.format',
      buildTimeline({ type: 'complaint-filed', on: '10/02/2026' }),
    ],
    [
      'a permit ending before it starts',
      'events.0.validUntil',
      'validation.date.order',
      buildTimeline({
        type: 'permit-issued',
        permit: 'fr-cst-vpf',
        validFrom: '2026-03-01',
        validUntil: '2026-02-28',
      }),
    ],
  ])(
    'D1 %s in the timeline is reported as invalid facts naming the field %s',
    (_what, field, message, timeline) => {
      const result = assessCaseFile(withTimeline(buildCaseFile(), timeline), TODAY);
      expect(result.ok).toBe(false);
      const error = errorOf(result);
      expect(error).toBeInstanceOf(InvalidCaseFactsError);
      expect(error?.field).toBe(field);
      expect(error?.issues).toEqual([{ field, message }]);
    },
  );

  it('D1 an impossible today is reported as invalid, naming today', () => {
    expect(errorOf(assessCaseFile(buildCaseFile(), '2026-02-29'))?.field).toBe('today');
  });

  it('a malformed record (a timeline that is not a list) is a bug: it throws, it is not invalid facts', () => {
    const malformed = {
      ...buildCaseFile(),
      timeline: { 'entry-1': 'complaint-filed' } as unknown as CaseFile['timeline'],
    };
    expect(() => assessCaseFile(malformed, TODAY)).toThrow(TypeError);
  });

  it('an error raised while reading an event is rethrown as it is', () => {
    const broken = new Error('DEMO storage failure');
    const unreadable = {
      id: 'entry-1',
      recordedAt: RECORDED_AT,
      get event(): CaseFile['timeline'][number]['event'] {
        throw broken;
      },
    };
    expect(() => assessCaseFile(withTimeline(buildCaseFile(), [unreadable]), TODAY)).toThrow(
      broken,
    );
  });
});
