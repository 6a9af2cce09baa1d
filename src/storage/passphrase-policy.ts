/**
 * What a passphrase must be to guard the vault and its backups: at least 12 characters, and hard to
 * guess by the estimate of zxcvbn-ts, which knows the most common passwords, keyboard patterns,
 * dates and sequences, and French, English and Dutch words and names. The estimator and its
 * dictionaries weigh megabytes: they are loaded on demand (loadPassphraseChecker), by the screens
 * that take a new passphrase and by the storage functions that set one, never in the main bundle.
 */
import type { PassphraseEstimate } from './passphrase-estimator';

export const MIN_PASSPHRASE_LENGTH = 12;

/**
 * zxcvbn's score 4: at least 10^10 guesses. The vault and the backup files are attacked offline
 * (a lost laptop, a copied backup), where only the key derivation slows the attacker down; score 3
 * (10^8 guesses) is zxcvbn's level for online attacks, and lets `Motdepasse2024!` through. Four
 * unrelated words, or three and a number, reach 4.
 */
export const MIN_PASSPHRASE_SCORE = 4;

/**
 * Words of this app and of its associations: people choose them because they are on the screen,
 * and an attacker who knows where the laptop comes from tries them first.
 */
export const APP_WORDS = [
  'passerelle',
  'ac.sé',
  'acse',
  'payoke',
  'pag-asa',
  'pagasa',
  'sürya',
  'surya',
  'anef',
  'ceseda',
] as const;

export type PassphraseStrength = 0 | 1 | 2 | 3 | 4;

/**
 * Why a passphrase is refused, most telling first. Each has its advice under
 * `strength.problems.*` (vault.json) and its refusal under `passphrase.refused.*` (validation.json).
 */
export type PassphraseProblem =
  | 'too-short'
  | 'common-password'
  | 'word'
  | 'names'
  | 'app-words'
  | 'dates'
  | 'sequence'
  | 'repeat'
  | 'keyboard'
  | 'guessable';

export interface PassphraseAssessment {
  strength: PassphraseStrength;
  acceptable: boolean;
  /** Empty when acceptable. */
  problems: readonly PassphraseProblem[];
}

export interface PassphraseChecker {
  assess(passphrase: string): PassphraseAssessment;
}

/** The policy applied to the estimator's verdict: the minimum length, then the minimum score. */
export function createPolicyChecker(
  estimate: (passphrase: string) => PassphraseEstimate,
): PassphraseChecker {
  // The meter and the form's validation assess the same text one after the other: keep the last.
  let last: { passphrase: string; assessment: PassphraseAssessment } | undefined;
  return {
    assess(passphrase) {
      if (last?.passphrase === passphrase) return last.assessment;
      const { score, problems } = estimate(passphrase.normalize('NFC'));
      const isLongEnough = [...passphrase.normalize('NFC')].length >= MIN_PASSPHRASE_LENGTH;
      const acceptable = isLongEnough && score >= MIN_PASSPHRASE_SCORE;
      const assessment: PassphraseAssessment = acceptable
        ? { strength: score, acceptable, problems: [] }
        : {
            // "Strong" is never shown beside a refusal.
            strength: Math.min(score, MIN_PASSPHRASE_SCORE - 1) as PassphraseStrength,
            acceptable,
            problems: isLongEnough
              ? problems.length > 0
                ? problems
                : ['guessable']
              : ['too-short', ...problems],
          };
      last = { passphrase, assessment };
      return assessment;
    },
  };
}

let loading: Promise<PassphraseChecker> | undefined;

/** The checker, loaded once (a chunk for the estimator, one for each language's dictionaries). */
export function loadPassphraseChecker(): Promise<PassphraseChecker> {
  loading ??= import('./passphrase-estimator')
    .then(({ createPassphraseEstimator }) => createPassphraseEstimator(APP_WORDS))
    .then(createPolicyChecker)
    .catch((error: unknown) => {
      // Offline before the chunks were ever fetched: the next attempt tries again.
      loading = undefined;
      throw error;
    });
  return loading;
}

/** A new passphrase typed twice (vault set-up, change, backup). */
export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

/** Why a new passphrase is refused, per field: translation keys of the validation namespace. */
export type NewPassphraseErrors = Partial<Record<keyof NewPassphrase, string>>;

/**
 * A new passphrase typed twice must pass the checker and the two entries must match; a refusal
 * names its first reason. No error: accepted. Plain code (no schema library): the first-run screen
 * uses it, and carries as little as it can.
 */
export function checkNewPassphrase(
  checker: PassphraseChecker,
  { passphrase, confirmation }: NewPassphrase,
): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  const { acceptable, problems } = checker.assess(passphrase);
  if (!acceptable)
    errors.passphrase = `validation.passphrase.refused.${problems[0] ?? 'guessable'}`;
  if (passphrase !== confirmation) errors.confirmation = 'validation.passphrase.mismatch';
  return errors;
}
