/**
 * The languages an interview can be held in (issue 15): sixteen content languages, apart from the
 * three UI languages. For each: its BCP 47 code, its name as its speakers write it, its direction
 * and script (from this table, never guessed from a text), and the order its missing texts fall
 * back in.
 */

export const INTERVIEW_LANGUAGES = [
  'fr',
  'en',
  'nl',
  'ar',
  'fa',
  'ro',
  'bg',
  'sq',
  'zh',
  'vi',
  'es',
  'pt-BR',
  'ru',
  'uk',
  'ti',
  'pcm',
] as const;
export type InterviewLanguage = (typeof INTERVIEW_LANGUAGES)[number];

/** The languages the scripts are written in (status `source`): every text exists in both. */
export const SOURCE_LANGUAGES = ['fr', 'en'] as const satisfies readonly InterviewLanguage[];

/** ISO 15924 codes of the scripts the sixteen languages are written in. */
export const WRITING_SCRIPTS = ['Latn', 'Arab', 'Cyrl', 'Ethi', 'Hans'] as const;
export type WritingScript = (typeof WRITING_SCRIPTS)[number];

/** The font family each script needs (self-hosted Noto: Ethiopic and Arabic may be missing on a device). */
export const SCRIPT_FONTS: Readonly<Record<WritingScript, string>> = {
  Latn: 'Noto Sans',
  Arab: 'Noto Sans Arabic',
  Cyrl: 'Noto Sans',
  Ethi: 'Noto Sans Ethiopic',
  Hans: 'Noto Sans SC',
};

export interface InterviewLanguageInfo {
  code: InterviewLanguage;
  /** The language's name in itself, so that a person finds their own language in any UI. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  script: WritingScript;
  /**
   * Where a missing text is taken from, in order. Every order ends with both source languages, so
   * a text of the script is never blank.
   */
  fallback: readonly InterviewLanguage[];
  /**
   * Whether the worker's guidance is expected in this language: only in the UI languages a worker
   * reads (fr, en, nl). The person never sees guidance, so it is not translated for them.
   */
  hasGuidance: boolean;
}

/**
 * Fallback orders (decision 020): French first where French is the usual second language of the
 * people who speak the language and come to the network (Arabic: mostly from the Maghreb);
 * English first everywhere else (English is taught first in Iran, Afghanistan, Romania, Bulgaria,
 * Albania, China, Vietnam, Latin America and Brazil, Russia, Ukraine; it is the language of
 * secondary school in Eritrea and the lexifier and official language behind Nigerian Pidgin).
 * Ukrainian never falls back to Russian, nor Russian to Ukrainian: choosing a language is not
 * choosing its neighbour.
 */
const TO_FRENCH_FIRST = ['fr', 'en'] as const;
const TO_ENGLISH_FIRST = ['en', 'fr'] as const;

export const INTERVIEW_LANGUAGE_INFO: Readonly<Record<InterviewLanguage, InterviewLanguageInfo>> = {
  fr: {
    code: 'fr',
    endonym: 'Français',
    dir: 'ltr',
    script: 'Latn',
    fallback: ['en'],
    hasGuidance: true,
  },
  en: {
    code: 'en',
    endonym: 'English',
    dir: 'ltr',
    script: 'Latn',
    fallback: ['fr'],
    hasGuidance: true,
  },
  // A person interviewed in Dutch in Flanders reads English more often than French.
  nl: {
    code: 'nl',
    endonym: 'Nederlands',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: true,
  },
  ar: {
    code: 'ar',
    endonym: 'العربية',
    dir: 'rtl',
    script: 'Arab',
    fallback: TO_FRENCH_FIRST,
    hasGuidance: false,
  },
  fa: {
    code: 'fa',
    endonym: 'فارسی',
    dir: 'rtl',
    script: 'Arab',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  ro: {
    code: 'ro',
    endonym: 'Română',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  bg: {
    code: 'bg',
    endonym: 'Български',
    dir: 'ltr',
    script: 'Cyrl',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  sq: {
    code: 'sq',
    endonym: 'Shqip',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  // Simplified characters: the people the network meets come from mainland China.
  zh: {
    code: 'zh',
    endonym: '中文',
    dir: 'ltr',
    script: 'Hans',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  vi: {
    code: 'vi',
    endonym: 'Tiếng Việt',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  es: {
    code: 'es',
    endonym: 'Español',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  'pt-BR': {
    code: 'pt-BR',
    endonym: 'Português (Brasil)',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  ru: {
    code: 'ru',
    endonym: 'Русский',
    dir: 'ltr',
    script: 'Cyrl',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  uk: {
    code: 'uk',
    endonym: 'Українська',
    dir: 'ltr',
    script: 'Cyrl',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  ti: {
    code: 'ti',
    endonym: 'ትግርኛ',
    dir: 'ltr',
    script: 'Ethi',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
  pcm: {
    code: 'pcm',
    endonym: 'Naijá',
    dir: 'ltr',
    script: 'Latn',
    fallback: TO_ENGLISH_FIRST,
    hasGuidance: false,
  },
};

export function isInterviewLanguage(value: unknown): value is InterviewLanguage {
  return typeof value === 'string' && (INTERVIEW_LANGUAGES as readonly string[]).includes(value);
}
