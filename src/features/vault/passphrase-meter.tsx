import { useTranslation } from 'react-i18next';
import { assessPassphrase } from '../../storage/passphrase-policy';

/** Shows how strong the passphrase typed so far is, and what is missing, as the user types. */
export function PassphraseMeter({ passphrase, id }: { passphrase: string; id: string }) {
  const { t } = useTranslation('vault');
  const { strength, problems } = assessPassphrase(passphrase);
  return (
    <div className="passphrase-meter" id={id} aria-live="polite">
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={passphrase ? strength : 0}
        aria-label={t('strength.label')}
      />
      <span>{passphrase ? t(`strength.levels.${strength}`) : t('strength.empty')}</span>
      {passphrase && problems.length > 0 ? (
        <ul className="field-hint">
          {problems.map((problem) => (
            <li key={problem}>{t(`strength.problems.${problem}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
