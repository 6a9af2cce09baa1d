/**
 * What the case list shows and filters on, from each case's derived data (src/queries/case-overviews):
 * the verdict, the next deadline to act on, its urgency, and a search text folded for accents and case
 * (the label, names, nationality, worker and the case's short reference).
 */
import {
  isMilestone,
  toCaseReference,
  type CaseFile,
  type TimedDeadline,
  type Verdict,
} from '../../domain';
import type { CaseOverview } from '../../queries/case-overviews';

export const URGENCY_FILTERS = ['overdue', 'week', 'month', 'later', 'none'] as const;
export type UrgencyFilter = (typeof URGENCY_FILTERS)[number];

export const SORTS = ['next-deadline', 'label', 'created', 'updated'] as const;
export type Sort = (typeof SORTS)[number];

export interface CaseSummary {
  caseFile: CaseFile;
  verdict: Verdict | undefined;
  next: TimedDeadline | undefined;
  urgency: UrgencyFilter;
  searchText: string;
}

/** Lower case, accents folded: "Écume" is found by "ecume". */
export function foldForSearch(text: string): string {
  // Most labels are plain ASCII: skip the (costly) Unicode decomposition for them.
  // eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The list's urgency filter: the next deadline's urgency, or none (a next deadline is never met,
 * and a milestone already passed is no task).
 */
function urgencyOf(next: TimedDeadline | undefined): UrgencyFilter {
  if (!next || next.urgency === 'met') return 'none';
  return next.urgency === 'overdue' && isMilestone(next.code) ? 'none' : next.urgency;
}

export function summariseCase(
  { caseFile, assessed, next }: CaseOverview,
  countryName: (code: string) => string,
): CaseSummary {
  // Invalid facts: the case still lists, without a verdict; its page says what to correct.
  const verdict = assessed.ok ? assessed.assessment.verdict : undefined;
  const { identity } = caseFile;
  const searchText = foldForSearch(
    [
      caseFile.label,
      identity.givenNames,
      identity.birthNames,
      identity.usualName,
      identity.nationality,
      identity.nationality ? countryName(identity.nationality) : undefined,
      caseFile.worker,
      caseFile.id,
      // The short reference shown on the case and its exports, typed in either case.
      toCaseReference(caseFile.id),
    ]
      .filter(Boolean)
      .join(' '),
  );
  return { caseFile, verdict, next, urgency: urgencyOf(next), searchText };
}

/**
 * The list's summaries, kept across visits of the list (coming back to it from a case must not
 * summarise 10,000 cases again, issue 13): one per case record and language, and the whole list
 * per list of derived data, so its sorted orders are kept too. Weakly held: once the derived data
 * is dropped (on lock, or a record saved again), so are its summaries.
 */
interface SummaryCache {
  regions: Intl.DisplayNames;
  byOverview: WeakMap<CaseOverview, CaseSummary>;
  byList: WeakMap<readonly CaseOverview[], CaseSummary[]>;
}

const summaryCaches = new Map<string, SummaryCache>();

export function summariesOf(overviews: readonly CaseOverview[], language: string): CaseSummary[] {
  let cache = summaryCaches.get(language);
  if (!cache) {
    cache = {
      regions: new Intl.DisplayNames([language], { type: 'region' }),
      byOverview: new WeakMap(),
      byList: new WeakMap(),
    };
    summaryCaches.set(language, cache);
  }
  const { regions, byOverview, byList } = cache;
  let summaries = byList.get(overviews);
  if (!summaries) {
    summaries = overviews.map((overview) => {
      let summary = byOverview.get(overview);
      if (!summary) {
        summary = summariseCase(overview, (code) => regions.of(code) ?? code);
        byOverview.set(overview, summary);
      }
      return summary;
    });
    byList.set(overviews, summaries);
  }
  return summaries;
}

export interface CaseFilters {
  query: string;
  pathway: string;
  verdict: string;
  proceedings: string;
  urgency: string;
  worker: string;
  sort: Sort;
}

export const NO_FILTERS: CaseFilters = {
  query: '',
  pathway: '',
  verdict: '',
  proceedings: '',
  urgency: '',
  worker: '',
  sort: 'next-deadline',
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
/** ISO dates and instants order as plain strings: no locale-aware comparison needed (or paid for). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const compareBy: Record<Sort, (a: CaseSummary, b: CaseSummary) => number> = {
  // Cases with something to do first, soonest first; then the others by label.
  'next-deadline': (a, b) =>
    compareText(a.next?.due ?? '9999-12-31', b.next?.due ?? '9999-12-31') ||
    collator.compare(a.caseFile.label, b.caseFile.label),
  label: (a, b) => collator.compare(a.caseFile.label, b.caseFile.label),
  created: (a, b) => compareText(b.caseFile.createdAt, a.caseFile.createdAt),
  updated: (a, b) => compareText(b.caseFile.updatedAt, a.caseFile.updatedAt),
};

/**
 * The summaries in each order, sorted once per list (a keystroke filters a sorted list, in the
 * order it already has, instead of sorting thousands of cases again). Held as long as the list is.
 */
const sortedLists = new WeakMap<readonly CaseSummary[], Map<Sort, readonly CaseSummary[]>>();

function sortedBy(summaries: readonly CaseSummary[], sort: Sort): readonly CaseSummary[] {
  let bySort = sortedLists.get(summaries);
  if (!bySort) {
    bySort = new Map();
    sortedLists.set(summaries, bySort);
  }
  let sorted = bySort.get(sort);
  if (!sorted) {
    sorted = [...summaries].sort(compareBy[sort]);
    bySort.set(sort, sorted);
  }
  return sorted;
}

export function filterCases(
  summaries: readonly CaseSummary[],
  filters: CaseFilters,
): CaseSummary[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  return sortedBy(summaries, filters.sort).filter(
    (summary) =>
      words.every((word) => summary.searchText.includes(word)) &&
      (!filters.pathway || summary.caseFile.pathway === filters.pathway) &&
      (!filters.verdict || summary.verdict === filters.verdict) &&
      (!filters.proceedings || summary.caseFile.situation.proceedings === filters.proceedings) &&
      (!filters.urgency || summary.urgency === filters.urgency) &&
      (!filters.worker || summary.caseFile.worker === filters.worker),
  );
}
