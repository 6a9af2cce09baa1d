/**
 * Where the app keeps the one cache of the cases' derived data (src/queries/case-overviews.tsx), so
 * that the navigation badge, the list, the dashboard and the case page share it. Light on purpose:
 * the app mounts it before the first screen, and the cache (with the rules it runs) is made by its
 * first user, in a chunk loaded once the vault is unlocked.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CaseAssessor, CaseOverviewCache } from './case-overviews';

export interface CaseOverviewHolder {
  /** The seam of the assessment (a test may count the calls); the rules when absent. */
  readonly assess?: CaseAssessor | undefined;
  cache?: CaseOverviewCache;
}

const CaseOverviewHolderContext = createContext<CaseOverviewHolder>({});

/** Mounted by the app (one cache for every view); a test may pass an assessor that counts. */
export function CaseOverviewProvider({
  assess,
  children,
}: {
  assess?: CaseAssessor;
  children: ReactNode;
}) {
  const [holder] = useState<CaseOverviewHolder>(() => ({ assess }));
  return (
    <CaseOverviewHolderContext.Provider value={holder}>
      {children}
    </CaseOverviewHolderContext.Provider>
  );
}

export function useCaseOverviewHolder(): CaseOverviewHolder {
  return useContext(CaseOverviewHolderContext);
}
