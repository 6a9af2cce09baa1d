/** The UI languages, with what the shell needs to know of each: its own name and its direction. */
export const UI_LANGUAGES = ['fr', 'en', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: UiLanguage = 'fr';

export interface LanguageInfo {
  code: string;
  /** The language's name in itself, so a person finds their own language in any UI language. */
  nativeName: string;
  rtl: boolean;
}

export const LANGUAGES: Record<UiLanguage, LanguageInfo> = {
  fr: { code: 'fr', nativeName: 'Français', rtl: false },
  en: { code: 'en', nativeName: 'English', rtl: false },
  nl: { code: 'nl', nativeName: 'Nederlands', rtl: false },
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return isUiLanguage(language) && LANGUAGES[language].rtl ? 'rtl' : 'ltr';
}
