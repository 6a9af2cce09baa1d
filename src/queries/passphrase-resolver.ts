/**
 * Forms of react-hook-form that take a new passphrase (Settings: change, backup): their schema, and
 * a resolver that waits for the passphrase checker. Not on the first-run screen, which checks
 * with the plain policy (checkNewPassphrase) and carries neither zod nor react-hook-form.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  checkNewPassphrase,
  type NewPassphrase,
  type PassphraseChecker,
} from '../storage/passphrase-policy';
import { useLoadPassphraseChecker } from './passphrase-checker';

/** A new passphrase typed twice, as a schema: the policy's check, its messages translation keys. */
export function newPassphraseSchema(checker: PassphraseChecker) {
  return z
    .object({ passphrase: z.string(), confirmation: z.string() })
    .superRefine((value, context) => {
      const errors = checkNewPassphrase(checker, value);
      for (const path of ['passphrase', 'confirmation'] as const) {
        const message = errors[path];
        if (message) context.addIssue({ code: 'custom', path: [path], message });
      }
    });
}

/**
 * The resolver of a form that takes a new passphrase: it waits for the checker, then validates with
 * the schema made from it. If the checker cannot be loaded, the passphrase is refused, saying so:
 * an unchecked passphrase is never accepted. `makeSchema` must be stable (declared at module level).
 */
export function usePassphraseResolver<Values extends NewPassphrase>(
  makeSchema: (checker: PassphraseChecker) => z.ZodType<Values, Values>,
): Resolver<Values> {
  const loadChecker = useLoadPassphraseChecker();
  return useCallback<Resolver<Values>>(
    async (values, context, options) => {
      const checker = await loadChecker();
      if (!checker) {
        const errors: FieldErrors<NewPassphrase> = {
          passphrase: { type: 'checker', message: 'validation.passphrase.checkerUnavailable' },
        };
        return { values: {}, errors: errors as FieldErrors<Values> };
      }
      return zodResolver(makeSchema(checker))(values, context, options);
    },
    [loadChecker, makeSchema],
  );
}
