/**
 * zxcvbn-ts with the common password list, the keyboard layouts (AZERTY, QWERTY, QWERTZ, keypads)
 * and the French, English and Dutch (Belgian) dictionaries, and its verdict in our own terms.
 * Reached only through loadPassphraseChecker(): this module is a chunk of its own, and each
 * language pack another, loaded side by side.
 */
import {
  ZxcvbnFactory,
  type MatchExtended,
  type Score,
  type TranslationKeys,
} from '@zxcvbn-ts/core';
import type { PassphraseProblem } from './passphrase-policy';

export type EstimatedProblem = Exclude<PassphraseProblem, 'too-short' | 'guessable'>;

export interface PassphraseEstimate {
  score: Score;
  /** What makes it guessable, as the library sees it: its warning first, then each pattern found. */
  problems: EstimatedProblem[];
}

/** The library's warnings, left as its own keys (no translations are given to it), as ours. */
const WARNINGS: Record<keyof TranslationKeys['warnings'], EstimatedProblem> = {
  topTen: 'common-password',
  topHundred: 'common-password',
  common: 'common-password',
  similarToCommon: 'common-password',
  pwned: 'common-password',
  wordByItself: 'word',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'app-words',
  recentYears: 'dates',
  dates: 'dates',
  sequences: 'sequence',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
};

function isWarning(warning: string): warning is keyof typeof WARNINGS {
  return Object.hasOwn(WARNINGS, warning);
}

function dictionaryProblem(dictionaryName: unknown): EstimatedProblem {
  if (typeof dictionaryName !== 'string') return 'word';
  if (dictionaryName.startsWith('passwords')) return 'common-password';
  if (dictionaryName === 'userInputs') return 'app-words';
  if (/names/i.test(dictionaryName)) return 'names';
  return 'word';
}

/** A pattern the library found, as a problem; characters guessed one by one are none. */
function problemOf(match: MatchExtended): EstimatedProblem | undefined {
  switch (match.pattern) {
    case 'dictionary': {
      const name: unknown = match.dictionaryName;
      return dictionaryProblem(name);
    }
    case 'date':
    case 'regex': // its only pattern: a recent year
      return 'dates';
    case 'sequence':
    case 'wordSequence': // "lundi-mardi", "one two three"
      return 'sequence';
    case 'repeat':
      return 'repeat';
    case 'spatial':
      return 'keyboard';
    default:
      return undefined;
  }
}

/** Dutch dictionaries of the 3.x pack are named without a language: named here like the others. */
function suffixed(dictionary: Record<string, string[]>, language: string) {
  return Object.fromEntries(
    Object.entries(dictionary).map(([name, words]) => [`${name}-${language}`, words]),
  );
}

export async function createPassphraseEstimator(
  appWords: readonly string[],
): Promise<(passphrase: string) => PassphraseEstimate> {
  const [common, en, fr, nl] = await Promise.all([
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...fr.dictionary,
      ...suffixed(nl.dictionary, 'nl'),
    },
  });
  const userInputs = [...appWords];
  return (passphrase) => {
    const { score, feedback, sequence } = zxcvbn.check(passphrase, userInputs);
    const warning = feedback.warning;
    const found = [
      warning && isWarning(warning) ? WARNINGS[warning] : undefined,
      ...sequence.map(problemOf),
    ].filter((problem) => problem !== undefined);
    return { score, problems: [...new Set(found)] };
  };
}
