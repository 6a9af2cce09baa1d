import { useTranslation } from 'react-i18next';
import type validation from '../../locales/fr/validation.json';

type ValidationKey = keyof typeof validation;

/**
 * Translates a zod message ('validation:required': schemas carry keys, never sentences).
 * An unknown key falls back to the generic message rather than showing a raw key.
 */
export function useValidationMessage() {
  const { t, i18n } = useTranslation('validation');
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const key = message.replace(/^validation:/, '');
    return i18n.exists(key, { ns: 'validation' }) ? t(key as ValidationKey) : t('invalid');
  };
}
