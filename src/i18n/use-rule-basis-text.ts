import { useTranslation } from 'react-i18next';

export interface RuleReference {
  id: string;
  /** The rule's catalogue entry when known: its legal basis and confidence (H, M, L, H/M, M/H). */
  entry: { basis: string; confidence: string } | undefined;
}

/** "Rule FR-G1 · R431-5 1° · reliability high": the same words wherever a rule is cited, one per rule. */
export function useRuleBasisText(): (rules: readonly RuleReference[]) => string[] {
  const { t } = useTranslation('assessment');
  return (rules) =>
    rules.map(({ id, entry }) =>
      entry
        ? t('basis', {
            id,
            basis: entry.basis,
            confidence: t(`confidence.${entry.confidence as 'H'}`),
          })
        : id,
    );
}
