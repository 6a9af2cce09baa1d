/** The findings of a case: conditions here, their scope and basis per pathway in PATHWAY_PROFILES. */
import {
  FINDING_CODES,
  FINDING_EFFECT,
  type Deadline,
  type DeadlineCode,
  type Finding,
  type FindingCode,
} from './assessment';
import type { CaseContext } from './build-case-context';
import { isAppealDeadline } from './deadline-kinds';
import { PATHWAY_PROFILES } from './pathway-profiles';

/** What a finding reads: the case and the deadlines already computed for it. */
interface FindingInput extends CaseContext {
  deadlines: readonly Deadline[];
}

/**
 * When a finding holds: true (cite the pathway's basis), false, or the rule ids of the deadlines
 * that raise it (an empty list: it does not hold).
 */
type FindingCondition = (input: FindingInput) => boolean | readonly string[];

function findDeadlineIn(deadlines: readonly Deadline[], code: DeadlineCode): Deadline | undefined {
  return deadlines.find((deadline) => deadline.code === code);
}

/** The rules cited by the appeal deadlines in `status`, each once, in the order of the list. */
function citeAppealDeadlines(deadlines: readonly Deadline[], status: Deadline['status']): string[] {
  const basis = deadlines
    .filter((deadline) => isAppealDeadline(deadline.code) && deadline.status === status)
    .flatMap((deadline) => deadline.basis);
  return [...new Set(basis)];
}

/**
 * FR-G8: how the renewal of the latest French permit went, judged on answeredOn of
 * fr.renewal.window (the earliest renewal or resident-card application): at most one of the three.
 */
function judgeRenewal({
  deadlines,
  events,
  today,
}: FindingInput): 'filed-late' | 'after-expiry' | 'window-missed' | undefined {
  const window = findDeadlineIn(deadlines, 'fr.renewal.window');
  const validUntil = events.frPermit?.validUntil;
  if (window === undefined || validUntil === undefined) return undefined;
  const { answeredOn } = window;
  if (answeredOn !== undefined) {
    if (answeredOn > validUntil) return 'after-expiry';
    return answeredOn > window.due ? 'filed-late' : undefined;
  }
  return window.status === 'overdue' && today <= validUntil ? 'window-missed' : undefined;
}

/** When each finding holds, whatever the pathway (the pathway decides whether it exists). */
const FINDING_CONDITIONS: Readonly<Record<FindingCode, FindingCondition>> = {
  'eu-citizen-excluded': ({ facts }) => facts.person.euCitizenOrFamily === true,
  'public-order-threat': ({ facts }) => facts.situation.publicOrderThreat === true,
  'contact-with-perpetrators': ({ facts }) => facts.situation.contactWithPerpetrators === true,
  'polygamy-excluded': ({ facts }) => facts.situation.polygamy === true,
  'cooperation-missing': ({ events }) => events.cooperationDates.length === 0,
  'centre-support-missing': ({ facts }) => facts.situation.centreSupport !== true,
  'minor-under-16': ({ birth, params }) =>
    birth !== undefined && birth.age < params.frTrafficking.minorCardAge,
  'refusal-risk-oqtf': ({ facts }) => facts.situation.oqtfNotComplied === true,
  'refusal-risk-fraud': ({ facts }) => facts.situation.documentFraud === true,
  'refusal-risk-serious-offence': ({ facts }) => facts.situation.seriousOffence === true,
  'refusal-risk-violence-officials': ({ facts }) =>
    facts.situation.violenceAgainstOfficials === true,
  // FR-T12: the procedure ended without conviction, so L425-1 no longer grounds a renewal.
  'renewal-ground-lost': ({ facts }) =>
    facts.situation.proceedings === 'acquittal' || facts.situation.proceedings === 'closed',
  // FR-G8: filed after the window closed, on or before the permit's last valid day.
  'renewal-filed-late': (input) => judgeRenewal(input) === 'filed-late',
  // FR-G2, FR-G8: filed after the permit's last valid day (fee; past one month, OQTF risk).
  'renewal-after-expiry': (input) => judgeRenewal(input) === 'after-expiry',
  // FR-G1, FR-G8: the window closed with nothing filed, the permit still valid.
  'renewal-window-missed': (input) => judgeRenewal(input) === 'window-missed',
  // FR-G2, BE-7: the permit expired with no application.
  'permit-expired': ({ deadlines }) =>
    deadlines.some(
      (deadline) =>
        (deadline.code === 'fr.permit.expiry' || deadline.code === 'be.permit.expiry') &&
        deadline.status === 'overdue',
    ),
  // FR-A*, BE-A*: cite the rules of the appeal deadlines concerned.
  'appeal-deadline-running': ({ deadlines }) => citeAppealDeadlines(deadlines, 'open'),
  'appeal-deadline-missed': ({ deadlines }) => citeAppealDeadlines(deadlines, 'overdue'),
  'in-reflection-period': ({ reflection, today }) =>
    reflection !== undefined && today <= reflection.end,
  'resident-card-right': ({ hasFinalConviction }) => hasFinalConviction,
  'indefinite-stay-possible': ({ hasFinalConviction }) => hasFinalConviction,
  'commission-required': ({ hasLongResidence }) => hasLongResidence,
  discretionary: () => true,
};

/** Findings in FINDING_CODES order: worst effect first, then as the contract lists them. */
export function collectFindings(context: CaseContext, deadlines: readonly Deadline[]): Finding[] {
  const scope = PATHWAY_PROFILES[context.facts.pathway].findings;
  const input: FindingInput = { ...context, deadlines };
  const findings: Finding[] = [];
  for (const code of FINDING_CODES) {
    const basis = scope[code];
    if (basis === undefined) continue;
    const holds = FINDING_CONDITIONS[code](input);
    const cited = typeof holds === 'boolean' ? (holds ? basis : []) : holds;
    if (cited.length === 0) continue;
    findings.push({ code, effect: FINDING_EFFECT[code], basis: [...cited] });
  }
  return findings;
}
