import { useTranslation } from 'react-i18next';
import { formatPlainDate } from '../../i18n/format';
import type { FilingField } from '../../domain';

const COUNTRY_FIELDS = new Set(['birthCountry', 'nationality', 'unionCountry']);

/** How a field of the online form reads: dates, countries and codes in the UI language. */
export function useFieldText(): (item: FilingField) => string {
  const { t, i18n } = useTranslation(['application', 'cases']);
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });
  return (item) => {
    const { code, value } = item;
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (!value) return t('notRecorded');
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatPlainDate(value, i18n.language);
    if (COUNTRY_FIELDS.has(code)) return regions.of(value) ?? value;
    if (code === 'sex') return t(`cases:form.identity.sexes.${value as 'female'}`);
    if (code === 'familyStatus') return t(`cases:form.family.statuses.${value as 'single'}`);
    return value;
  };
}
