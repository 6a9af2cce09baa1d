import { describe, expect, it } from 'vitest';
import {
  SCREENING_SCRIPT_V1,
  applyProposal,
  decide,
  mergeDecisions,
  pendingProposals,
  proposeChanges,
  type CaseFile,
  type ProposedChange,
} from '../../../src/domain/index';
import { buildCaseFile } from '../build-case-file';
import { FULL_CONSENT, HELD_ON, answer, buildInterview } from './build-interview';

const script = SCREENING_SCRIPT_V1;

function proposalsFor(
  answers = [answer('journey.arrival-date', '2026-09-14')],
  caseFile?: CaseFile,
) {
  const interview = buildInterview([...FULL_CONSENT, ...answers]);
  return proposeChanges(script, interview, caseFile ?? buildCaseFile());
}

function only(proposals: ProposedChange[]): ProposedChange {
  expect(proposals).toHaveLength(1);
  const [proposal] = proposals;
  if (proposal === undefined) throw new Error('no proposal');
  return proposal;
}

describe('answers go into the case only by the worker’s decision', () => {
  it('a proposal waits until the worker accepts or rejects it; then it is not asked again', () => {
    const proposal = only(proposalsFor());
    expect(pendingProposals([proposal], [])).toEqual([proposal]);
    const rejected = decide(proposal, 'rejected', '2026-12-10T11:00:00Z');
    expect(pendingProposals(proposalsFor(), [rejected])).toEqual([]);
  });

  it('an answer corrected after a rejection is a new proposal', () => {
    const rejected = decide(only(proposalsFor()), 'rejected', '2026-12-10T11:00:00Z');
    const corrected = proposalsFor([
      answer('journey.arrival-date', '2026-09-21', { answeredAt: '2026-12-10T11:05:00Z' }),
    ]);
    expect(pendingProposals(corrected, [rejected])).toHaveLength(1);
  });

  it('accepting a date of arrival sets it on the case with the interview as its source', () => {
    const caseFile = buildCaseFile();
    const proposal = only(proposalsFor());
    const content = applyProposal(caseFile, proposal, {
      id: 'entry-1',
      recordedAt: '2026-12-10T11:00:00Z',
    });
    expect(content.person.arrivedOn).toBe('2026-09-14');
    expect(content.sources?.['person.arrivedOn']).toEqual({
      kind: 'interview',
      interviewId: 'interview-demo-0001',
      heldOn: HELD_ON,
      questionId: 'journey.arrival-date',
      value: '2026-09-14',
    });
    // Once accepted, the case says the same: the interview proposes it no more.
    expect(proposalsFor(undefined, { ...caseFile, ...content })).toEqual([]);
  });

  it('accepting a complaint’s day adds the event to the timeline, its source the interview', () => {
    const proposals = proposalsFor([
      answer('proceedings.complaint', 'yes'),
      answer('proceedings.complaint-date', '2026-11-03'),
    ]).filter((p) => p.kind === 'event');
    const content = applyProposal(buildCaseFile(), only(proposals), {
      id: 'entry-1',
      recordedAt: '2026-12-10T11:00:00Z',
    });
    expect(content.timeline).toEqual([
      {
        id: 'entry-1',
        event: { type: 'complaint-filed', on: '2026-11-03' },
        recordedAt: '2026-12-10T11:00:00Z',
        source: {
          kind: 'interview',
          interviewId: 'interview-demo-0001',
          heldOn: HELD_ON,
          questionId: 'proceedings.complaint-date',
        },
      },
    ]);
  });

  it('two workers deciding on the same proposal: the later decision is kept on both devices', () => {
    const proposal = only(proposalsFor());
    const accepted = decide(proposal, 'accepted', '2026-12-10T11:00:00Z');
    const rejected = decide(proposal, 'rejected', '2026-12-10T11:02:00Z');
    expect(mergeDecisions([accepted], [rejected])).toEqual([rejected]);
    expect(mergeDecisions([rejected], [accepted])).toEqual([rejected]);
  });
});

describe('decisions on events, and ties', () => {
  it('a complaint’s day rejected is not asked again; its target names the event', () => {
    const [event] = proposalsFor([
      answer('proceedings.complaint', 'yes'),
      answer('proceedings.complaint-date', '2026-11-03'),
    ]).filter((p) => p.kind === 'event');
    if (event === undefined) throw new Error('no event proposed');
    const rejected = decide(event, 'rejected', '2026-12-10T11:00:00Z');
    expect(rejected).toMatchObject({ target: 'event:complaint-filed', value: '2026-11-03' });
    expect(pendingProposals([event], [rejected])).toEqual([]);
  });

  it('two decisions at the same instant: both devices keep the same one; decisions on several targets all kept', () => {
    const proposal = only(proposalsFor());
    const accepted = decide(proposal, 'accepted', '2026-12-10T11:00:00Z');
    const rejected = decide(proposal, 'rejected', '2026-12-10T11:00:00Z');
    expect(mergeDecisions([accepted], [rejected])).toEqual(mergeDecisions([rejected], [accepted]));
    const nationality = {
      ...accepted,
      questionId: 'identity.nationality',
      target: 'identity.nationality',
      value: 'ER',
    };
    expect(mergeDecisions([nationality], [accepted])).toEqual(
      mergeDecisions([accepted], [nationality]),
    );
    expect(mergeDecisions([nationality], [accepted])).toHaveLength(2);
  });
});
