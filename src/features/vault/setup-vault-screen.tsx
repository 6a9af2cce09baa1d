import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useCreateVault } from '../../queries/vault-queries';
import {
  MIN_PASSPHRASE_LENGTH,
  NewPassphraseSchema,
  assessPassphrase,
  type NewPassphrase,
} from '../../storage/storage';
import { NewPassphraseFields } from '../../ui/new-passphrase-fields';
import { PageTitle } from '../../ui/page-title';

/** First run on a device: the user chooses the passphrase that will guard every case file. */
export function SetupVaultScreen() {
  const { t } = useTranslation(['vault', 'common']);
  const translateError = useValidationMessage();
  const createVault = useCreateVault();
  const { register, handleSubmit, control, formState } = useForm<NewPassphrase>({
    resolver: zodResolver(NewPassphraseSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const onSubmit = handleSubmit(async (values) => {
    await createVault.mutateAsync(values.passphrase);
  });
  return (
    <section className="vault-screen">
      <PageTitle appName={t('common:appName')}>{t('setup.title')}</PageTitle>
      <p>{t('setup.intro')}</p>
      <p className="field-hint">{t('setup.warning')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <NewPassphraseFields
          labels={{ passphrase: t('setup.passphrase'), confirmation: t('setup.confirmation') }}
          hint={t('setup.hint', { count: MIN_PASSPHRASE_LENGTH })}
          register={register}
          errors={{
            passphrase: translateError(formState.errors.passphrase?.message),
            confirmation: translateError(formState.errors.confirmation?.message),
          }}
          strength={{ assessment: passphrase ? assessPassphrase(passphrase) : undefined }}
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
