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

/**
 * The cache generation (src/queries/case-overviews) each list of summaries was made in: its sorted
 * orders are kept under it, and a later list of the same generation is sorted from them.
 */
const generationOfList = new WeakMap<readonly CaseSummary[], object>();

export function summariesOf(
  overviews: readonly CaseOverview[],
  language: string,
  generation?: object,
): CaseSummary[] {
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
  if (generation) generationOfList.set(summaries, generation);
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
/** Last: the id, so that every order is total and a list re-sorted in part is the same as in full. */
const byId = (a: CaseSummary, b: CaseSummary) => compareText(b.caseFile.id, a.caseFile.id);

const compareBy: Record<Sort, (a: CaseSummary, b: CaseSummary) => number> = {
  // Cases with something to do first, soonest first; then the others by label.
  'next-deadline': (a, b) =>
    compareText(a.next?.due ?? '9999-12-31', b.next?.due ?? '9999-12-31') ||
    collator.compare(a.caseFile.label, b.caseFile.label) ||
    byId(a, b),
  label: (a, b) => collator.compare(a.caseFile.label, b.caseFile.label) || byId(a, b),
  created: (a, b) => compareText(b.caseFile.createdAt, a.caseFile.createdAt) || byId(a, b),
  updated: (a, b) => compareText(b.caseFile.updatedAt, a.caseFile.updatedAt) || byId(a, b),
};

/**
 * The summaries in each order, sorted once per list (a keystroke filters a sorted list, in the
 * order it already has, instead of sorting thousands of cases again). Held as long as the list is.
 */
const sortedLists = new WeakMap<readonly CaseSummary[], Map<Sort, readonly CaseSummary[]>>();

interface SortedList {
  summaries: readonly CaseSummary[];
  sorted: readonly CaseSummary[];
}
/** Per cache generation, the last list sorted in each order: what the next list is sorted from. */
const lastSorted = new WeakMap<object, Map<Sort, SortedList>>();
/** More changed cases than this, and sorting the whole list again is as quick. */
const MOST_RESORTED = 500;

/**
 * `summaries` in the order of `previous.sorted`, where they differ from `previous.summaries` by a
 * few cases (one saved, created or deleted: the way back to the list): the cases gone or changed
 * leave the sorted list, the new summaries are sorted and merged in. Undefined when too many differ.
 */
function resortFrom(
  previous: SortedList,
  summaries: readonly CaseSummary[],
  compare: (a: CaseSummary, b: CaseSummary) => number,
): CaseSummary[] | undefined {
  let added: CaseSummary[];
  let isKept: (summary: CaseSummary) => boolean;
  if (previous.summaries.length === summaries.length) {
    // A save: the list keeps its order (newest first), and only the saved case's summary is new.
    added = [];
    const gone = new Set<CaseSummary>();
    for (const [index, summary] of summaries.entries()) {
      const before = previous.summaries[index];
      if (summary === before) continue;
      added.push(summary);
      if (before) gone.add(before);
      if (added.length > MOST_RESORTED) return undefined;
    }
    isKept = (summary) => !gone.has(summary);
  } else {
    const before = new Set(previous.summaries);
    added = summaries.filter((summary) => !before.has(summary));
    if (added.length > MOST_RESORTED) return undefined;
    const now = new Set(summaries);
    isKept = (summary) => now.has(summary);
  }
  added.sort(compare);
  const merged: CaseSummary[] = [];
  let next = 0;
  for (const summary of previous.sorted) {
    if (!isKept(summary)) continue;
    while (next < added.length && compare(added[next] as CaseSummary, summary) < 0) {
      merged.push(added[next] as CaseSummary);
      next += 1;
    }
    merged.push(summary);
  }
  for (; next < added.length; next += 1) merged.push(added[next] as CaseSummary);
  return merged.length === summaries.length ? merged : undefined;
}

function sortedBy(summaries: readonly CaseSummary[], sort: Sort): readonly CaseSummary[] {
  let bySort = sortedLists.get(summaries);
  if (!bySort) {
    bySort = new Map();
    sortedLists.set(summaries, bySort);
  }
  let sorted = bySort.get(sort);
  if (!sorted) {
    const generation = generationOfList.get(summaries);
    let kept = generation ? lastSorted.get(generation) : undefined;
    const previous = kept?.get(sort);
    sorted =
      (previous && resortFrom(previous, summaries, compareBy[sort])) ??
      [...summaries].sort(compareBy[sort]);
    bySort.set(sort, sorted);
    if (generation) {
      if (!kept) {
        kept = new Map();
        lastSorted.set(generation, kept);
      }
      kept.set(sort, { summaries, sorted });
    }
  }
  return sorted;
}

type Narrowing = Omit<CaseFilters, 'query'>;
const narrowingKey = (filters: Narrowing) =>
  [
    filters.sort,
    filters.pathway,
    filters.verdict,
    filters.proceedings,
    filters.urgency,
    filters.worker,
  ].join('\u0000');

/**
 * The lists filtered lately, per list of summaries: erasing a letter finds the list it had before,
 * and typing one more filters the list the shorter search found, not every case again.
 */
const filteredLists = new WeakMap<readonly CaseSummary[], Map<string, readonly CaseSummary[]>>();
const FILTERED_KEPT = 32;

export function filterCases(
  summaries: readonly CaseSummary[],
  filters: CaseFilters,
): readonly CaseSummary[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const query = words.join(' ');
  const narrowing = narrowingKey(filters);
  if (query === '' && narrowing === narrowingKey(NO_FILTERS))
    return sortedBy(summaries, filters.sort);

  let kept = filteredLists.get(summaries);
  if (!kept) {
    kept = new Map();
    filteredLists.set(summaries, kept);
  }
  const key = `${narrowing}\u0001${query}`;
  const known = kept.get(key);
  if (known) return known;
  // Every case a longer search finds, a search it begins with found too: start from the longest.
  let from = sortedBy(summaries, filters.sort);
  let fromLength = -1;
  for (const [keptKey, list] of kept) {
    const [keptNarrowing, keptQuery = ''] = keptKey.split('\u0001');
    if (
      keptNarrowing === narrowing &&
      query.startsWith(keptQuery) &&
      keptQuery.length > fromLength
    ) {
      from = list;
      fromLength = keptQuery.length;
    }
  }
  // Only the tests the filters ask for, each once per case.
  const tests: ((summary: CaseSummary) => boolean)[] = words.map(
    (word) => (summary) => summary.searchText.includes(word),
  );
  if (filters.pathway) tests.push((summary) => summary.caseFile.pathway === filters.pathway);
  if (filters.verdict) tests.push((summary) => summary.verdict === filters.verdict);
  if (filters.proceedings)
    tests.push((summary) => summary.caseFile.situation.proceedings === filters.proceedings);
  if (filters.urgency) tests.push((summary) => summary.urgency === filters.urgency);
  if (filters.worker) tests.push((summary) => summary.caseFile.worker === filters.worker);
  const [only] = tests;
  const found =
    tests.length === 1 && only
      ? from.filter(only)
      : from.filter((summary) => tests.every((test) => test(summary)));
  kept.set(key, found);
  if (kept.size > FILTERED_KEPT) {
    const oldest = kept.keys().next();
    if (!oldest.done) kept.delete(oldest.value);
  }
  return found;
}
