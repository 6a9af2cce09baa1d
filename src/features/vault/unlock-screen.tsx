import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useEraseDevice, useUnlockVault } from '../../queries/vault-queries';
import { WrongPassphraseError } from '../../storage/errors';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';

interface UnlockScreenProps {
  /** Shown in the demo modes only: the passphrase of the fictional demo vault. */
  demoPassphrase?: string | undefined;
}

export function UnlockScreen({ demoPassphrase }: UnlockScreenProps) {
  const { t } = useTranslation(['vault', 'common']);
  const [failure, setFailure] = useState<'wrong' | 'other' | undefined>();
  const [confirmErase, setConfirmErase] = useState(false);
  const unlock = useUnlockVault();
  const eraseDevice = useEraseDevice();
  const { register, handleSubmit, setValue, setFocus, formState } = useForm<{ passphrase: string }>(
    { defaultValues: { passphrase: '' } },
  );

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    setFailure(undefined);
    try {
      await unlock.mutateAsync(passphrase);
    } catch (error) {
      setFailure(error instanceof WrongPassphraseError ? 'wrong' : 'other');
      setValue('passphrase', '');
      setFocus('passphrase');
    }
  });

  return (
    <section className="vault-screen">
      <PageTitle appName={t('common:appName')}>{t('unlock.title')}</PageTitle>
      <p>{t('unlock.intro')}</p>
      {demoPassphrase ? (
        <p className="banner banner-demo">
          {t('unlock.demoPassphrase')} <code>{demoPassphrase}</code>
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('unlock.passphrase')}
          error={failure ? t(failure === 'wrong' ? 'unlock.wrong' : 'unlock.failed') : undefined}
        >
          {(control) => (
            <input
              {...control}
              {...register('passphrase')}
              type="password"
              autoComplete="current-password"
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('unlock.working') : t('unlock.submit')}
          </button>
        </div>
      </form>
      <details className="panel forgot">
        <summary>{t('erase.summary')}</summary>
        <p>{t('erase.explanation')}</p>
        <label className="choice">
          <input
            type="checkbox"
            checked={confirmErase}
            onChange={(event) => setConfirmErase(event.target.checked)}
          />
          {t('erase.confirm')}
        </label>
        <button
          type="button"
          className="button button-danger"
          disabled={!confirmErase}
          onClick={() => eraseDevice.mutate()}
        >
          {t('erase.submit')}
        </button>
      </details>
    </section>
  );
}
