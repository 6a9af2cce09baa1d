/**
 * The passphrase checker (zxcvbn-ts and its dictionaries), loaded once, and only by the screens that
 * take a new passphrase: the strength shown as the user types, and the checker itself for the
 * check at submit, which waits for the dictionaries (src/queries/passphrase-resolver.ts for forms
 * of react-hook-form). Light: the first-run screen uses it.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import {
  loadPassphraseChecker,
  type PassphraseAssessment,
  type PassphraseChecker,
} from '../storage/passphrase-policy';
import { queryKeys } from './query-keys';

export const passphraseQueries = {
  checker: () =>
    queryOptions({
      queryKey: queryKeys.passphrase.checker(),
      queryFn: () => loadPassphraseChecker(),
      networkMode: 'always',
      staleTime: Infinity,
      gcTime: Infinity,
      // A chunk that failed to load fails again until the page is reloaded.
      retry: false,
    }),
};

export interface PassphraseStrengthReading {
  /** Undefined while nothing is typed, and while the checker loads. */
  assessment: PassphraseAssessment | undefined;
  /** Something is typed, and the checker is still loading, or could not be loaded. */
  pending: 'checking' | 'unavailable' | undefined;
}

/** Assessing takes milliseconds (tens for a date): it waits for a pause in the typing. */
const ASSESS_AFTER_MS = 150;

/**
 * How strong the passphrase typed so far is, assessed once the typing pauses; until then the last
 * assessment stays shown, so keystrokes are never held up and the meter is not read out at each one.
 */
export function usePassphraseStrength(passphrase: string): PassphraseStrengthReading {
  const { data: checker, isError: isUnavailable } = useQuery(passphraseQueries.checker());
  const [assessed, setAssessed] = useState<PassphraseAssessment>();
  useEffect(() => {
    if (!passphrase || !checker) return;
    const timer = window.setTimeout(() => setAssessed(checker.assess(passphrase)), ASSESS_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [passphrase, checker]);
  if (!passphrase) return { assessment: undefined, pending: undefined };
  if (isUnavailable) return { assessment: undefined, pending: 'unavailable' };
  if (!assessed) return { assessment: undefined, pending: 'checking' };
  return { assessment: assessed, pending: undefined };
}

/**
 * The checker, for a check at submit: waits for it while it loads; undefined when it cannot be
 * loaded (the caller refuses the passphrase, saying so: an unchecked passphrase is never accepted).
 */
export function useLoadPassphraseChecker(): () => Promise<PassphraseChecker | undefined> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      return await queryClient.ensureQueryData(passphraseQueries.checker());
    } catch {
      return undefined;
    }
  }, [queryClient]);
}
