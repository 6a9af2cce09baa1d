/**
 * Numbers and plural categories in an interview's language, where the browser knows it. Intl is
 * best effort: Chromium's reduced ICU has Tigrinya's, Nigerian Pidgin's and Albanian's plural
 * rules but not their number formats (Chromium 150). A language the browser lacks falls back
 * along the language's own order, and says so: never a silent switch of language.
 */
import { INTERVIEW_LANGUAGE_INFO, type InterviewLanguage } from '../../domain';

export interface CountFormat {
  requested: InterviewLanguage;
  /** The language whose number format is used: `requested`, or the first fallback Intl knows. */
  numbersIn: InterviewLanguage;
  /** The language whose plural rules are used, chosen the same way. */
  pluralsIn: InterviewLanguage;
  /** `fallback` when either is not `requested`: the UI says so. */
  outcome: 'own' | 'fallback';
  format: (count: number) => string;
  /** Which of the language's forms a count takes (Arabic has six: zero, one, two, few, many, other). */
  pluralCategory: (count: number) => Intl.LDMLPluralRule;
}

function firstSupported(
  language: InterviewLanguage,
  supportedLocalesOf: (locales: string[]) => string[],
): InterviewLanguage {
  const order = [language, ...INTERVIEW_LANGUAGE_INFO[language].fallback];
  // Every order ends with fr and en, which every Intl has; `language` keeps the type whole.
  return order.find((code) => supportedLocalesOf([code]).length > 0) ?? language;
}

/** How to write counts in `language`, asked of Intl each time (cheap, and testable). */
export function countFormatIn(language: InterviewLanguage): CountFormat {
  const numbersIn = firstSupported(language, (locales) =>
    Intl.NumberFormat.supportedLocalesOf(locales),
  );
  const pluralsIn = firstSupported(language, (locales) =>
    Intl.PluralRules.supportedLocalesOf(locales),
  );
  const numbers = new Intl.NumberFormat(numbersIn);
  const plurals = new Intl.PluralRules(pluralsIn);
  return {
    requested: language,
    numbersIn,
    pluralsIn,
    outcome: numbersIn === language && pluralsIn === language ? 'own' : 'fallback',
    format: (count) => numbers.format(count),
    pluralCategory: (count) => plurals.select(count),
  };
}
