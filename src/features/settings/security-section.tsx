import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatNumber } from '../../i18n/format';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { usePassphraseStrength } from '../../queries/passphrase-checker';
import { newPassphraseSchema, usePassphraseResolver } from '../../queries/passphrase-resolver';
import {
  deviceQueries,
  useChangePassphrase,
  useUpdateDeviceSettings,
} from '../../queries/vault-queries';
import { WrongPassphraseError } from '../../storage/errors';
import type { PassphraseChecker } from '../../storage/passphrase-policy';
import { Field } from '../../ui/field';
import { NewPassphraseFields } from '../../ui/new-passphrase-fields';

const IDLE_CHOICES = [1, 5, 10, 15, 30, 60] as const;

const changeFormSchema = (checker: PassphraseChecker) =>
  z.object({ current: z.string().min(1, 'validation.required') }).and(newPassphraseSchema(checker));
type ChangeForm = z.infer<ReturnType<typeof changeFormSchema>>;

export function SecuritySection() {
  const { t, i18n } = useTranslation('settings');
  const settings = useQuery(deviceQueries.settings());
  const update = useUpdateDeviceSettings();
  const idleId = useId();
  const changePassphrase = useChangePassphrase();
  const translateError = useValidationMessage();
  const [outcome, setOutcome] = useState<'changed' | 'wrong' | undefined>();
  const { register, handleSubmit, control, reset, setError, formState } = useForm<ChangeForm>({
    resolver: usePassphraseResolver(changeFormSchema),
    defaultValues: { current: '', passphrase: '', confirmation: '' },
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'passphrase' }));

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    try {
      await changePassphrase.mutateAsync({ current: values.current, next: values.passphrase });
      reset();
      setOutcome('changed');
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      setError('current', { message: 'validation.passphrase.wrongCurrent' });
    }
  });

  return (
    <section className="panel" aria-labelledby="settings-security">
      <h2 id="settings-security">{t('security.title')}</h2>
      <div className="field">
        <label htmlFor={idleId}>{t('security.idle')}</label>
        <p className="field-hint">{t('security.idleHint')}</p>
        <select
          id={idleId}
          value={settings.data?.idleLockMinutes ?? 10}
          onChange={(event) => update.mutate({ idleLockMinutes: Number(event.target.value) })}
        >
          {IDLE_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('security.minutes', {
                count: minutes,
                formatted: formatNumber(minutes, i18n.language),
              })}
            </option>
          ))}
        </select>
      </div>
      <h3>{t('security.change')}</h3>
      <form className="form-inline" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('security.current')}
          error={translateError(formState.errors.current?.message)}
        >
          {(controlProps) => (
            <input
              {...controlProps}
              {...register('current')}
              type="password"
              autoComplete="current-password"
            />
          )}
        </Field>
        <NewPassphraseFields
          labels={{ passphrase: t('security.next'), confirmation: t('security.confirmation') }}
          register={register}
          errors={{
            passphrase: translateError(formState.errors.passphrase?.message),
            confirmation: translateError(formState.errors.confirmation?.message),
          }}
          strength={strength}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('security.submit')}
          </button>
        </div>
        {outcome === 'changed' ? (
          <p role="status" className="banner banner-success">
            {t('security.changed')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
