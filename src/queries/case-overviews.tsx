/**
 * Derived data of the cases: each case's assessment, its deadlines seen from today (days left,
 * urgency), the next one to act on, and its documents too old for the planned filing. Computed once
 * per case record and day, cached by the record's identity, and shared by every view (the navigation
 * badge, the case list, the deadlines dashboard, the case page): saving one case re-assesses that
 * case only, since the other records of the list keep their identity.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
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
  /** Forgets everything derived from decrypted records (on lock). */
  clear(): void;
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

  const forDay = (today: PlainDate) => {
    if (today === day) return;
    // A new day: every days-left and status may change.
    day = today;
    byRecord = new WeakMap();
    lastList = undefined;
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
    clear() {
      day = undefined;
      byRecord = new WeakMap();
      lastList = undefined;
      lastOverviews = [];
    },
  };
}

/** The app's one cache, made by its first user (src/queries/case-overview-holder.tsx). */
export function useCaseOverviewCache(): CaseOverviewCache {
  const holder = useCaseOverviewHolder();
  holder.cache ??= createCaseOverviewCache(holder.assess);
  return holder.cache;
}

/** Every case with its derived data, from the list's query (shared by the list, badge and dashboard). */
export function useCaseOverviews(today: PlainDate, { enabled = true }: { enabled?: boolean } = {}) {
  const cache = useCaseOverviewCache();
  const cases = useQuery({ ...caseQueries.list(), enabled });
  const overviews = useMemo(
    () => (cases.data ? cache.overviewsOf(cases.data, today) : undefined),
    [cache, cases.data, today],
  );
  return { overviews, isPending: cases.isPending };
}

/** One case's derived data (the case page, the application, the dossier). */
export function useCaseOverview(caseFile: CaseFile, today: PlainDate): CaseOverview {
  const cache = useCaseOverviewCache();
  return useMemo(() => cache.overviewOf(caseFile, today), [cache, caseFile, today]);
}
