import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../i18n/use-validation-message';
import {
  MIN_PASSPHRASE_LENGTH,
  NewPassphraseSchema,
  assessPassphrase,
  type NewPassphrase,
} from '../../storage/passphrase-policy';
import { createVault } from '../../storage/storage';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';
import { PassphraseStrength } from '../../ui/passphrase-strength';

/** First run on a device: the user chooses the passphrase that will guard every case file. */
export function SetupVaultScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['vault', 'common']);
  const translateError = useValidationMessage();
  const meterId = useId();
  const { register, handleSubmit, control, formState } = useForm<NewPassphrase>({
    resolver: zodResolver(NewPassphraseSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const onSubmit = handleSubmit(async (values) => {
    await createVault(values.passphrase);
    onDone();
  });
  return (
    <section className="vault-screen">
      <PageTitle appName={t('common:appName')}>{t('setup.title')}</PageTitle>
      <p>{t('setup.intro')}</p>
      <p className="field-hint">{t('setup.warning')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('setup.passphrase')}
          hint={t('setup.hint', { count: MIN_PASSPHRASE_LENGTH })}
          error={translateError(formState.errors.passphrase?.message)}
        >
          {(control) => (
            <input
              {...control}
              {...register('passphrase')}
              type="password"
              autoComplete="new-password"
              aria-describedby={[control['aria-describedby'], meterId].filter(Boolean).join(' ')}
            />
          )}
        </Field>
        <PassphraseStrength
          assessment={passphrase ? assessPassphrase(passphrase) : undefined}
          id={meterId}
        />
        <Field
          label={t('setup.confirmation')}
          error={translateError(formState.errors.confirmation?.message)}
        >
          {(control) => (
            <input
              {...control}
              {...register('confirmation')}
              type="password"
              autoComplete="new-password"
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('setup.working') : t('setup.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
