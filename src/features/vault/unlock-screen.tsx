import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useEraseDevice, useUnlockVault, vaultQueries } from '../../queries/vault-queries';
import { UnlockThrottledError, WrongPassphraseError } from '../../storage/errors';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';
import { useSecondsLeft } from '../../ui/use-seconds-left';

interface UnlockScreenProps {
  /** Shown in the demo modes only: the passphrase of the fictional demo vault. */
  demoPassphrase?: string | undefined;
}

export function UnlockScreen({ demoPassphrase }: UnlockScreenProps) {
  const { t, i18n } = useTranslation(['vault', 'common']);
  const [failure, setFailure] = useState<'wrong' | 'other' | undefined>();
  // After wrong passphrases in a row the next attempt waits: storage enforces it, this shows it.
  const retryAt = useQuery(vaultQueries.unlockRetryAt()).data ?? undefined;
  const secondsLeft = useSecondsLeft(retryAt);
  const isWaiting = secondsLeft !== 0;
  const waitId = useId();
  const [confirmErase, setConfirmErase] = useState(false);
  const unlock = useUnlockVault();
  const eraseDevice = useEraseDevice();
  // One field and no validation: a plain form (react-hook-form is not part of the first screen).
  const field = useRef<HTMLInputElement>(null);
  const submitting = unlock.isPending;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = field.current;
    if (isWaiting || submitting || !input) return;
    setFailure(undefined);
    try {
      await unlock.mutateAsync(input.value);
    } catch (error) {
      // Refused before it was tried: the wait is shown, and what was typed stays for then.
      if (error instanceof UnlockThrottledError) return;
      setFailure(error instanceof WrongPassphraseError ? 'wrong' : 'other');
      input.value = '';
      input.focus();
    }
  };

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
              ref={field}
              name="passphrase"
              type="password"
              autoComplete="current-password"
              aria-describedby={
                [control['aria-describedby'], secondsLeft ? waitId : undefined]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
          )}
        </Field>
        {secondsLeft ? (
          // A timer is not read out at every second; the field and the button point to it.
          <p id={waitId} role="timer" className="banner banner-warning">
            {secondsLeft < 60
              ? t('unlock.throttledSeconds', {
                  count: secondsLeft,
                  formatted: formatNumber(secondsLeft, i18n.language),
                })
              : t('unlock.throttledMinutes', {
                  count: Math.ceil(secondsLeft / 60),
                  formatted: formatNumber(Math.ceil(secondsLeft / 60), i18n.language),
                })}
          </p>
        ) : null}
        <div className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={submitting || isWaiting}
            aria-describedby={secondsLeft ? waitId : undefined}
          >
            {submitting ? t('unlock.working') : t('unlock.submit')}
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
