import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useLoadPassphraseChecker, usePassphraseStrength } from '../../queries/passphrase-checker';
import { useCreateVault, useRefreshVaultState } from '../../queries/vault-queries';
import { VaultExistsError } from '../../storage/errors';
import {
  MIN_PASSPHRASE_LENGTH,
  checkNewPassphrase,
  type NewPassphrase,
  type NewPassphraseErrors,
} from '../../storage/passphrase-policy';
import { markFirstRunScreenShown } from './first-run-screen';
import { NewPassphraseFields } from '../../ui/new-passphrase-fields';
import { PageTitle } from '../../ui/page-title';

const FIELDS = ['passphrase', 'confirmation'] as const;

/**
 * First run on a device: the user chooses the passphrase that will guard every case file. A plain
 * form (the first screen of a new device carries neither zod nor react-hook-form), checked at
 * submit by the passphrase policy, then again at each change until accepted.
 */
export function SetupVaultScreen() {
  const { t } = useTranslation(['vault', 'common']);
  const translateError = useValidationMessage();
  const createVault = useCreateVault();
  const refreshVaultState = useRefreshVaultState();
  const loadChecker = useLoadPassphraseChecker();
  const [existsElsewhere, setExistsElsewhere] = useState(false);
  const [values, setValues] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const inputs = useRef<Partial<Record<keyof NewPassphrase, HTMLInputElement | null>>>({});
  const strength = usePassphraseStrength(values.passphrase);
  // On a new device the database's code is fetched once this screen is up (src/app/start.tsx).
  useEffect(markFirstRunScreenShown, []);

  /** Errors of `next`; an unchecked passphrase is refused, saying the checker could not load. */
  const check = async (next: NewPassphrase): Promise<NewPassphraseErrors> => {
    const checker = await loadChecker();
    return checker
      ? checkNewPassphrase(checker, next)
      : { passphrase: 'validation.passphrase.checkerUnavailable' };
  };

  const register = (name: keyof NewPassphrase) => ({
    name,
    ref: (input: HTMLInputElement | null) => {
      inputs.current[name] = input;
    },
    onChange: (event: { target: { value: string } }) => {
      const next = { ...values, [name]: event.target.value };
      setValues(next);
      // After a refused submit, each change says at once whether the refusal still holds.
      if (submitted) void check(next).then(setErrors);
    },
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setSubmitted(true);
    try {
      const found = await check(values);
      setErrors(found);
      const invalid = FIELDS.find((name) => found[name]);
      if (invalid) {
        inputs.current[invalid]?.focus();
        return;
      }
      await createVault.mutateAsync(values.passphrase);
    } catch (error) {
      // Set up meanwhile in another tab: say so, and lead to its unlock screen.
      if (!(error instanceof VaultExistsError)) throw error;
      setExistsElsewhere(true);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <section className="vault-screen">
      <PageTitle appName={t('common:appName')}>{t('setup.title')}</PageTitle>
      <p>{t('setup.intro')}</p>
      <p className="field-hint">{t('setup.warning')}</p>
      {existsElsewhere ? (
        <div role="alert" className="banner banner-warning">
          <p>{t('setup.existsElsewhere')}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void refreshVaultState()}
          >
            {t('setup.toUnlock')}
          </button>
        </div>
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <NewPassphraseFields
          labels={{ passphrase: t('setup.passphrase'), confirmation: t('setup.confirmation') }}
          hint={t('setup.hint', { count: MIN_PASSPHRASE_LENGTH })}
          register={register}
          errors={{
            passphrase: translateError(errors.passphrase),
            confirmation: translateError(errors.confirmation),
          }}
          strength={strength}
        />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t('setup.working') : t('setup.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
