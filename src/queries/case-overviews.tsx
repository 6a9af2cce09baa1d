/**
 * Derived data of the cases: each case's assessment, its deadlines seen from today (days left,
 * urgency), the next one to act on, and its documents too old for the planned filing. Computed once
 * per case record and day, cached by the record's identity, and shared by every view (the navigation
 * badge, the case list, the deadlines dashboard, the case page): saving one case re-assesses that
 * case only, since the other records of the list keep their identity.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import {
  assessCaseFile,
  findDocumentExpiries,
  findFilingDate,
  isMilestone,
  timeDeadline,
  type CaseFile,
  type CaseFileAssessment,
  type DocumentExpiry,
  type PlainDate,
  type TimedDeadline,
} from '../domain';
import { yieldToPage } from '../storage/storage';
import { useCaseOverviewHolder } from './case-overview-holder';
import { caseQueries } from './case-queries';

export { CaseOverviewProvider } from './case-overview-holder';

export interface CaseOverview {
  caseFile: CaseFile;
  assessed: CaseFileAssessment;
  /** Every deadline, in the rules' order; none when the facts are invalid (the case page says why). */
  deadlines: TimedDeadline[];
  /**
   * The first deadline, in the rules' order, still to act on; a milestone (a date that only marks
   * a moment, such as the 18th birthday) only when no task is left.
   */
  next: TimedDeadline | undefined;
  /** Received documents that will be too old on the planned filing date (FR-C1, FR-C2). */
  documentExpiries: DocumentExpiry[];
}

/** The seam of the assessment: the rules by default; a test may count the calls. */
export type CaseAssessor = (caseFile: CaseFile, today: PlainDate) => CaseFileAssessment;

export interface CaseOverviewCache {
  overviewOf(caseFile: CaseFile, today: PlainDate): CaseOverview;
  overviewsOf(cases: readonly CaseFile[], today: PlainDate): CaseOverview[];
  /** How many of `cases` have no derived data for `today` yet. */
  countMissing(cases: readonly CaseFile[], today: PlainDate): number;
  /** Forgets everything derived from decrypted records (on lock). */
  clear(): void;
  /**
   * An object replaced whenever the cache forgets (on lock, or a new day): a view derived from the
   * overviews (the list's sorted orders) may be kept in a WeakMap under it, and goes with it.
   */
  generation(): object;
}

function buildOverview(
  caseFile: CaseFile,
  assessed: CaseFileAssessment,
  today: PlainDate,
): CaseOverview {
  if (!assessed.ok)
    return { caseFile, assessed, deadlines: [], next: undefined, documentExpiries: [] };
  const deadlines = assessed.assessment.deadlines.map((deadline) => timeDeadline(deadline, today));
  return {
    caseFile,
    assessed,
    deadlines,
    next:
      deadlines.find((deadline) => deadline.status !== 'met' && !isMilestone(deadline.code)) ??
      deadlines.find((deadline) => deadline.status !== 'met'),
    documentExpiries: findDocumentExpiries(
      assessed.assessment.checklist,
      caseFile.documents,
      findFilingDate(caseFile.plannedFilingOn, today),
    ),
  };
}

export function createCaseOverviewCache(assess: CaseAssessor = assessCaseFile): CaseOverviewCache {
  let day: PlainDate | undefined;
  let byRecord = new WeakMap<CaseFile, CaseOverview>();
  let lastList: readonly CaseFile[] | undefined;
  let lastOverviews: CaseOverview[] = [];
  let generation = {};

  const forDay = (today: PlainDate) => {
    if (today === day) return;
    // A new day: every days-left and status may change.
    day = today;
    byRecord = new WeakMap();
    lastList = undefined;
    generation = {};
  };

  const overviewOf = (caseFile: CaseFile, today: PlainDate) => {
    forDay(today);
    let overview = byRecord.get(caseFile);
    if (!overview) {
      overview = buildOverview(caseFile, assess(caseFile, today), today);
      byRecord.set(caseFile, overview);
    }
    return overview;
  };

  return {
    overviewOf,
    overviewsOf(cases, today) {
      forDay(today);
      if (cases !== lastList) {
        lastOverviews = cases.map((caseFile) => overviewOf(caseFile, today));
        lastList = cases;
      }
      return lastOverviews;
    },
    countMissing(cases, today) {
      forDay(today);
      let missing = 0;
      for (const caseFile of cases) if (!byRecord.has(caseFile)) missing += 1;
      return missing;
    },
    clear() {
      day = undefined;
      byRecord = new WeakMap();
      lastList = undefined;
      lastOverviews = [];
      generation = {};
    },
    generation: () => generation,
  };
}

/** The app's one cache, made by its first user (src/queries/case-overview-holder.tsx). */
export function useCaseOverviewCache(): CaseOverviewCache {
  const holder = useCaseOverviewHolder();
  holder.cache ??= createCaseOverviewCache(holder.assess);
  return holder.cache;
}

/** Up to this many cases without derived data are assessed at once; more, in slices. */
const ASSESS_AT_ONCE = 200;
/** Cases assessed between two moments the page gets the main thread back. */
const ASSESS_SLICE = 100;

interface Assessed {
  cases: readonly CaseFile[];
  today: PlainDate;
  overviews: CaseOverview[];
}

/**
 * Every case with its derived data, from the list's query (shared by the list, badge and
 * dashboard). Thousands of cases never assessed (at unlock) are assessed in slices, the page
 * answering input in between: until then `overviews` is undefined and `isPending` true.
 */
export function useCaseOverviews(today: PlainDate, { enabled = true }: { enabled?: boolean } = {}) {
  const cache = useCaseOverviewCache();
  const cases = useQuery({ ...caseQueries.list(), enabled });
  const data = cases.data;
  const [assessed, setAssessed] = useState<Assessed>();
  const overviews = useMemo(() => {
    if (!data) return undefined;
    if (assessed?.cases === data && assessed.today === today) return assessed.overviews;
    // A save, or a few cases new to this view: at once.
    return cache.countMissing(data, today) <= ASSESS_AT_ONCE
      ? cache.overviewsOf(data, today)
      : undefined;
  }, [cache, data, today, assessed]);

  useEffect(() => {
    if (!data || overviews) return;
    let cancelled = false;
    void (async () => {
      for (let start = 0; start < data.length; start += ASSESS_SLICE) {
        await yieldToPage();
        if (cancelled) return;
        for (const caseFile of data.slice(start, start + ASSESS_SLICE))
          cache.overviewOf(caseFile, today);
      }
      await yieldToPage();
      if (!cancelled)
        setAssessed({ cases: data, today, overviews: cache.overviewsOf(data, today) });
    })();
    return () => {
      cancelled = true;
    };
  }, [cache, data, today, overviews]);

  return { overviews, isPending: cases.isPending || (data !== undefined && !overviews) };
}

/**
 * The list's first screenful as kept at the last full read, with its derived data: what the case
 * list shows while it reads the other cases (issue 13). `total`: how many cases there are.
 */
export function useFirstScreenOverviews(
  today: PlainDate,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const cache = useCaseOverviewCache();
  const screen = useQuery({ ...caseQueries.firstScreen(), enabled });
  const data = screen.data;
  return useMemo(
    () =>
      data
        ? {
            overviews: data.cases.map((caseFile) => cache.overviewOf(caseFile, today)),
            total: data.total,
          }
        : undefined,
    [cache, data, today],
  );
}

/** One case's derived data (the case page, the application, the dossier). */
export function useCaseOverview(caseFile: CaseFile, today: PlainDate): CaseOverview {
  const cache = useCaseOverviewCache();
  return useMemo(() => cache.overviewOf(caseFile, today), [cache, caseFile, today]);
}
