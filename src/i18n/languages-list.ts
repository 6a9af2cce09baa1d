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

export function listLanguages(language: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const collator = new Intl.Collator(language);
  return SPOKEN_LANGUAGE_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort(
    (a, b) => collator.compare(a.name, b.name),
  );
}
