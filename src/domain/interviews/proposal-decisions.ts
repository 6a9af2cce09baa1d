/**
 * The worker's decision on each change an interview proposes to the case (issue 15): nothing goes
 * into the case file without it. A decision is kept with the value it was taken on: the same
 * proposal is not asked again, but an answer corrected since (another value) is a new proposal.
 */
import { z } from 'zod';
import { compareInstants } from './instants';
import type { ProposedChange } from './propose-changes';

export const PROPOSAL_DECISIONS = ['accepted', 'rejected'] as const;
export type ProposalDecisionKind = (typeof PROPOSAL_DECISIONS)[number];

export const ProposalDecisionSchema = z.object({
  questionId: z.string().min(1),
  /** The case field ('person.arrivedOn') or the timeline event ('event:complaint-filed'). */
  target: z.string().min(1),
  /** The proposed value the decision was taken on. */
  value: z.json(),
  decision: z.enum(PROPOSAL_DECISIONS),
  decidedAt: z.iso.datetime(),
});
export type ProposalDecision = z.infer<typeof ProposalDecisionSchema>;

/** What a proposal changes: a field's path, or the type of event it adds to the timeline. */
export function proposalTarget(proposal: ProposedChange): string {
  return proposal.kind === 'field' ? proposal.field : `event:${proposal.event.type}`;
}

function proposalValue(proposal: ProposedChange): unknown {
  return proposal.kind === 'field' ? proposal.value : proposal.event.on;
}

const keyOf = (questionId: string, target: string) => `${questionId}\u0000${target}`;

/** The decision taken on this very proposal (same question, same target, same value), if any. */
export function decisionOn(
  proposal: ProposedChange,
  decisions: readonly ProposalDecision[],
): ProposalDecision | undefined {
  const target = proposalTarget(proposal);
  const value = JSON.stringify(proposalValue(proposal));
  return mergeDecisions(decisions, []).find(
    (decision) =>
      decision.questionId === proposal.source.questionId &&
      decision.target === target &&
      JSON.stringify(decision.value) === value,
  );
}

/** The proposals still waiting for the worker's decision. */
export function pendingProposals(
  proposals: readonly ProposedChange[],
  decisions: readonly ProposalDecision[],
): ProposedChange[] {
  return proposals.filter((proposal) => decisionOn(proposal, decisions) === undefined);
}

/** The decision to record for a proposal. */
export function decide(
  proposal: ProposedChange,
  decision: ProposalDecisionKind,
  decidedAt: string,
): ProposalDecision {
  const value = z.json().parse(proposalValue(proposal));
  return {
    questionId: proposal.source.questionId,
    target: proposalTarget(proposal),
    value,
    decision,
    decidedAt,
  };
}

/**
 * Two devices' decisions, by question and target: the one taken last wins (equal instants settled
 * by content), the same whatever the order. Sorted, so that equal sets compare equal.
 */
export function mergeDecisions(
  ours: readonly ProposalDecision[],
  theirs: readonly ProposalDecision[],
): ProposalDecision[] {
  const latest = new Map<string, ProposalDecision>();
  for (const decision of [...ours, ...theirs]) {
    const key = keyOf(decision.questionId, decision.target);
    const kept = latest.get(key);
    const order = kept === undefined ? 1 : compareInstants(decision.decidedAt, kept.decidedAt);
    if (order > 0 || (order === 0 && JSON.stringify(decision) > JSON.stringify(kept)))
      latest.set(key, decision);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => value);
}
