import { useTranslation } from 'react-i18next';
import type validation from '../../locales/fr/validation.json';

/** Every leaf key of the validation namespace, nested ones included ('date.order'). */
type LeafKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];
type ValidationKey = LeafKeys<typeof validation>;

/**
 * Translates a zod message ('validation.required', 'validation.date.order': schemas carry keys,
 * never sentences). An unknown key falls back to the generic message rather than showing a raw key.
 */
export function useValidationMessage() {
  const { t, i18n } = useTranslation('validation');
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const key = message.replace(/^validation[.:]/, '');
    // Nested keys ('date.order') exist too; i18n.exists has checked the key at run time.
    return i18n.exists(key, { ns: 'validation' }) ? t(key as ValidationKey) : t('invalid');
  };
}
