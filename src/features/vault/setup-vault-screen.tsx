import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useState } from 'react';
import { usePassphraseResolver, usePassphraseStrength } from '../../queries/passphrase-checker';
import { useCreateVault, useRefreshVaultState } from '../../queries/vault-queries';
import { VaultExistsError } from '../../storage/errors';
import {
  MIN_PASSPHRASE_LENGTH,
  newPassphraseSchema,
  type NewPassphrase,
} from '../../storage/passphrase-policy';
import { NewPassphraseFields } from '../../ui/new-passphrase-fields';
import { PageTitle } from '../../ui/page-title';

/** First run on a device: the user chooses the passphrase that will guard every case file. */
export function SetupVaultScreen() {
  const { t } = useTranslation(['vault', 'common']);
  const translateError = useValidationMessage();
  const createVault = useCreateVault();
  const refreshVaultState = useRefreshVaultState();
  const [existsElsewhere, setExistsElsewhere] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<NewPassphrase>({
    resolver: usePassphraseResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'passphrase' }));
  const onSubmit = handleSubmit(async (values) => {
    try {
      await createVault.mutateAsync(values.passphrase);
    } catch (error) {
      // Set up meanwhile in another tab: say so, and lead to its unlock screen.
      if (!(error instanceof VaultExistsError)) throw error;
      setExistsElsewhere(true);
    }
  });
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
            passphrase: translateError(formState.errors.passphrase?.message),
            confirmation: translateError(formState.errors.confirmation?.message),
          }}
          strength={strength}
        />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('setup.working') : t('setup.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
