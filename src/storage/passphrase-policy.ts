/**
 * What a passphrase must be to guard the vault. A strength estimate from length and variety (no
 * dictionary download: nothing leaves the device and the app stays small); the minimum is enforced.
 */
import { z } from 'zod';

export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseStrength = 0 | 1 | 2 | 3 | 4;

export interface PassphraseAssessment {
  strength: PassphraseStrength;
  acceptable: boolean;
  problems: ('too-short' | 'repetitive' | 'one-kind')[];
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const characters = [...passphrase.normalize('NFC')];
  const distinct = new Set(characters).size;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((kind) =>
    kind.test(passphrase),
  ).length;
  const problems: PassphraseAssessment['problems'] = [];
  if (characters.length < MIN_PASSPHRASE_LENGTH) problems.push('too-short');
  if (characters.length > 0 && distinct < Math.min(6, characters.length / 2))
    problems.push('repetitive');
  if (characters.length > 0 && kinds < 2 && characters.length < 20) problems.push('one-kind');

  // Rough bits of entropy: distinct symbols bound the alphabet, length multiplies.
  const alphabet = [26, 26, 10, 33]
    .slice(0, Math.max(kinds, 1))
    .reduce((sum, size) => sum + size, 0);
  const bits = characters.length * Math.log2(Math.max(alphabet, 2)) * Math.min(1, distinct / 8);
  const strength: PassphraseStrength =
    bits < 40 ? 0 : bits < 60 ? 1 : bits < 80 ? 2 : bits < 100 ? 3 : 4;
  return {
    strength: problems.length > 0 ? (Math.min(strength, 1) as PassphraseStrength) : strength,
    acceptable: problems.length === 0,
    problems,
  };
}

/**
 * A new passphrase typed twice (vault set-up, change, backup): it must meet the minimum and the two
 * entries must match. Messages are translation keys.
 */
export const NewPassphraseSchema = z
  .object({ passphrase: z.string(), confirmation: z.string() })
  .refine((value) => assessPassphrase(value.passphrase).acceptable, {
    path: ['passphrase'],
    message: 'validation.passphrase.weak',
  })
  .refine((value) => value.passphrase === value.confirmation, {
    path: ['confirmation'],
    message: 'validation.passphrase.mismatch',
  });
export type NewPassphrase = z.infer<typeof NewPassphraseSchema>;
