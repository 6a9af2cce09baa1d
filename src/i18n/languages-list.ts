/**
 * Languages the people supported often speak (BCP 47), named in the UI language by Intl: a
 * worker finds "tigrigna" or "pidgin nigérian" without a list of ours to translate.
 */
export const SPOKEN_LANGUAGE_CODES = [
  'fr',
  'nl',
  'en',
  'de',
  'es',
  'pt',
  'it',
  'ro',
  'bg',
  'hu',
  'pl',
  'sq',
  'ru',
  'uk',
  'tr',
  'ar',
  'fa',
  'ps',
  'ku',
  'ur',
  'hi',
  'bn',
  'ne',
  'ta',
  'zh',
  'vi',
  'th',
  'tl',
  'ti',
  'am',
  'so',
  'om',
  'sw',
  'ha',
  'yo',
  'ig',
  'pcm',
  'tw',
  'ff',
  'wo',
  'bm',
  'ln',
  'mg',
  'ber',
] as const;

type SpokenLanguageCode = (typeof SPOKEN_LANGUAGE_CODES)[number];

/**
 * Names of our own for the codes a browser may not know: Chromium 156's Intl.DisplayNames returns
 * 'ber', 'ff' and 'pcm' unchanged in fr, en and nl (Node's ICU knows ff and pcm, not ber). Used
 * first, so every browser shows the same words; a UI language not listed here falls back to en.
 */
export const LANGUAGE_NAMES_MISSING_FROM_BROWSERS: Readonly<
  Partial<Record<SpokenLanguageCode, Readonly<Record<'fr' | 'en' | 'nl', string>>>>
> = {
  ber: { fr: 'berbère (tamazight)', en: 'Berber (Tamazight)', nl: 'Berbers (Tamazight)' },
  ff: { fr: 'peul', en: 'Fula', nl: 'Fula' },
  pcm: { fr: 'pidgin nigérian', en: 'Nigerian Pidgin', nl: 'Nigeriaans Pidgin' },
};

/** The name of a spoken language in the UI language, never its bare code when we know it. */
export function nameLanguage(code: string, language: string): string {
  const own = LANGUAGE_NAMES_MISSING_FROM_BROWSERS[code as SpokenLanguageCode];
  if (own) {
    const base = new Intl.Locale(language).language;
    return base === 'fr' || base === 'nl' || base === 'en' ? own[base] : own.en;
  }
  const names = cachedNames(language);
  return names.of(code) ?? code;
}

const displayNames = new Map<string, Intl.DisplayNames>();

function cachedNames(language: string): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  return names;
}

export function listLanguages(language: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(language);
  return SPOKEN_LANGUAGE_CODES.map((code) => ({ code, name: nameLanguage(code, language) })).sort(
    (a, b) => collator.compare(a.name, b.name),
  );
}
