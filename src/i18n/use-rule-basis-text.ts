import { useTranslation } from 'react-i18next';

export interface RuleReference {
  id: string;
  /** The rule's catalogue entry when known: its legal basis and confidence (H, M, L, H/M, M/H). */
  entry: { basis: string; confidence: string } | undefined;
}

/**
 * "Rule FR-G1 · R431-5 1° · reliability high": the same words wherever a rule is cited, one per rule.
 * The catalogue's basis is the rule book's own note (in English, binding, never shown as is): the
 * words on screen are `assessment:citation.<rule id>` in the UI language, article numbers kept.
 * A test holds every rule id to one basis across pack versions, so one citation per id is enough.
 */
export function useRuleBasisText(): (rules: readonly RuleReference[]) => string[] {
  const { t } = useTranslation('assessment');
  return (rules) =>
    rules.map(({ id, entry }) =>
      entry
        ? t('basis', {
            id,
            basis: t(`citation.${id as 'D1'}`, { defaultValue: entry.basis }),
            confidence: t(`confidence.${entry.confidence as 'H'}`),
          })
        : id,
    );
}
