import { useTranslation } from 'react-i18next';

export interface StrengthAssessment {
  strength: 0 | 1 | 2 | 3 | 4;
  problems: readonly ('too-short' | 'repetitive' | 'one-kind')[];
}

/** Shows how strong the passphrase typed so far is, and what is missing, as the user types. */
export function PassphraseStrength({
  assessment,
  id,
}: {
  assessment: StrengthAssessment | undefined;
  id: string;
}) {
  const { t } = useTranslation('vault');
  return (
    <div className="passphrase-meter" id={id} aria-live="polite">
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={assessment?.strength ?? 0}
        aria-label={t('strength.label')}
      />
      <span>{assessment ? t(`strength.levels.${assessment.strength}`) : t('strength.empty')}</span>
      {assessment && assessment.problems.length > 0 ? (
        <ul className="field-hint">
          {assessment.problems.map((problem) => (
            <li key={problem}>{t(`strength.problems.${problem}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
