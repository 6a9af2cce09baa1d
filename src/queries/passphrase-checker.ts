/**
 * The passphrase checker (zxcvbn-ts and its dictionaries), loaded once, and only by the screens that
 * take a new passphrase: the strength shown as the user types, and a form resolver that waits for
 * the checker, so that a submit made while the dictionaries load waits for them.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  loadPassphraseChecker,
  type NewPassphrase,
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
 * The resolver of a form that takes a new passphrase: it waits for the checker, then validates with
 * the schema made from it. If the checker cannot be loaded, the passphrase is refused, saying so:
 * an unchecked passphrase is never accepted. `makeSchema` must be stable (declared at module level).
 */
export function usePassphraseResolver<Values extends NewPassphrase>(
  makeSchema: (checker: PassphraseChecker) => z.ZodType<Values, Values>,
): Resolver<Values> {
  const queryClient = useQueryClient();
  return useCallback<Resolver<Values>>(
    async (values, context, options) => {
      let checker: PassphraseChecker;
      try {
        checker = await queryClient.ensureQueryData(passphraseQueries.checker());
      } catch {
        const errors: FieldErrors<NewPassphrase> = {
          passphrase: { type: 'checker', message: 'validation.passphrase.checkerUnavailable' },
        };
        return { values: {}, errors: errors as FieldErrors<Values> };
      }
      return zodResolver(makeSchema(checker))(values, context, options);
    },
    [queryClient, makeSchema],
  );
}
