import { useTranslation } from 'react-i18next';

/** Why a passphrase is refused: each has its advice under `strength.problems` (vault.json). */
export type StrengthProblem =
  | 'too-short'
  | 'common-password'
  | 'word'
  | 'names'
  | 'app-words'
  | 'dates'
  | 'sequence'
  | 'repeat'
  | 'keyboard'
  | 'guessable';

export interface StrengthAssessment {
  strength: 0 | 1 | 2 | 3 | 4;
  problems: readonly StrengthProblem[];
}

export interface StrengthReading {
  /** Undefined while nothing is typed, and while the checker loads. */
  assessment: StrengthAssessment | undefined;
  /** Something is typed, and the checker is still loading, or could not be loaded. */
  pending?: 'checking' | 'unavailable' | undefined;
}

/** Shows how strong the passphrase typed so far is, and what is missing, as the user types. */
export function PassphraseStrength({
  reading: { assessment, pending },
  id,
}: {
  reading: StrengthReading;
  id: string;
}) {
  const { t } = useTranslation('vault');
  const status = pending
    ? t(`strength.${pending}`)
    : assessment
      ? t(`strength.levels.${assessment.strength}`)
      : t('strength.empty');
  return (
    <div className="passphrase-meter" id={id} aria-live="polite">
      <meter
        min={0}
        max={4}
        low={2}
        // Only the top level is accepted: the one below it is not shown as good.
        high={4}
        optimum={4}
        value={assessment?.strength ?? 0}
        aria-label={t('strength.label')}
      />
      <span>{status}</span>
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
