/**
 * Leaving the person mode: the worker types the vault's passphrase, checked by storage like an
 * unlock (the same count of wrong attempts and the same slowdown: the person holding the device
 * guesses no faster here than at the unlock screen). In the worker's language; what is typed is
 * never kept, logged or shown.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useConfirmPassphrase, vaultQueries } from '../../queries/vault-queries';
import { UnlockThrottledError, WrongPassphraseError } from '../../storage/errors';
import { Field } from '../../ui/field';
import { useSecondsLeft } from '../../ui/use-seconds-left';

export function PersonModeLeave({
  headingId,
  onLeave,
  onCancel,
}: {
  /** The heading's id: the mode's dialog is named by it meanwhile. */
  headingId: string;
  onLeave: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const waitId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<'wrong' | 'other' | undefined>();
  const confirm = useConfirmPassphrase();
  const retryAt = useQuery(vaultQueries.unlockRetryAt()).data ?? undefined;
  const secondsLeft = useSecondsLeft(retryAt);
  const isWaiting = secondsLeft !== 0;

  useEffect(() => {
    field.current?.focus();
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = field.current;
    if (isWaiting || confirm.isPending || !input) return;
    setFailure(undefined);
    try {
      await confirm.mutateAsync(input.value);
      input.value = '';
      onLeave();
    } catch (error) {
      // Refused before it was tried: the wait is shown, and what was typed stays for then.
      if (error instanceof UnlockThrottledError) return;
      setFailure(error instanceof WrongPassphraseError ? 'wrong' : 'other');
      input.value = '';
      input.focus();
    } finally {
      // The passphrase was the mutation's variable: not kept in its state.
      confirm.reset();
    }
  };

  return (
    <section
      className="person-mode__leave-form"
      aria-labelledby={headingId}
      lang={uiLanguage}
      dir={i18n.dir(uiLanguage)}
    >
      <h2 id={headingId}>{t('personMode.leaveTitle')}</h2>
      <p>{t('personMode.leaveIntro')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('personMode.passphrase')}
          error={
            failure ? t(failure === 'wrong' ? 'personMode.wrong' : 'personMode.failed') : undefined
          }
        >
          {(control) => (
            <input
              {...control}
              ref={field}
              name="passphrase"
              type="password"
              // Not offered to a password manager to fill in: the person is holding the device.
              autoComplete="off"
              aria-describedby={
                [control['aria-describedby'], secondsLeft ? waitId : undefined]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
          )}
        </Field>
        {secondsLeft ? (
          <p id={waitId} role="timer" className="banner banner-warning">
            {secondsLeft < 60
              ? t('personMode.throttledSeconds', {
                  count: secondsLeft,
                  formatted: formatNumber(secondsLeft, uiLanguage),
                })
              : t('personMode.throttledMinutes', {
                  count: Math.ceil(secondsLeft / 60),
                  formatted: formatNumber(Math.ceil(secondsLeft / 60), uiLanguage),
                })}
          </p>
        ) : null}
        <div className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={confirm.isPending || isWaiting}
          >
            {confirm.isPending ? t('personMode.working') : t('personMode.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('personMode.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
