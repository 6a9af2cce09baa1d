/**
 * i18next setup: French is the reference language; `locales/<lng>/<ns>.json` are loaded lazily,
 * one chunk per file, and `<html lang dir>` follows the language.
 */
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, directionOf, isUiLanguage } from './languages';

export const NAMESPACES = [
  'common',
  'cases',
  'deadlines',
  'settings',
  'validation',
  'vault',
  'assessment',
  'documents',
  'application',
  'interviews',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * The texts of the first screen (unlock, first run): loaded at start. The others load with the
 * first unlock (src/features/vault/vault-gate.tsx), so the first screen does not wait for them.
 */
export const FIRST_SCREEN_NAMESPACES = [
  'common',
  'vault',
  'validation',
] as const satisfies Namespace[];

/** The UI language is a preference of the device, not personal data: it may live in localStorage. */
const LANGUAGE_KEY = 'passerelle.language';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No locale file for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function readStoredLanguage(): string | undefined {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return isUiLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(language?: string): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    applyToDocument(lng);
    try {
      localStorage.setItem(LANGUAGE_KEY, lng);
    } catch {
      // Private windows may refuse storage: the choice then lasts for the session only.
    }
  });
  await instance
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language ?? readStoredLanguage() ?? DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: UI_LANGUAGES,
      ns: FIRST_SCREEN_NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyToDocument(instance.language);
  return instance;
}
