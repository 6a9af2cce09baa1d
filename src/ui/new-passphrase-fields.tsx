import { useId, type ChangeEvent, type FocusEvent, type Ref } from 'react';
import { Field } from './field';
import { PassphraseStrength, type StrengthReading } from './passphrase-strength';

/** What a field takes from its form: react-hook-form's `register(name)`, or a plain form's own. */
export interface PassphraseFieldBinding {
  name: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => unknown;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => unknown;
  ref?: Ref<HTMLInputElement>;
}

interface NewPassphraseFieldsProps {
  labels: { passphrase: string; confirmation: string };
  hint?: string | undefined;
  /** The form's registrations of its two fields, named 'passphrase' and 'confirmation'. */
  register: (name: 'passphrase' | 'confirmation') => PassphraseFieldBinding;
  /** Already translated errors. */
  errors: { passphrase?: string | undefined; confirmation?: string | undefined };
  /** How strong the passphrase typed so far is; a meter is shown when the prop is given. */
  strength?: StrengthReading | undefined;
}

/** A new passphrase typed twice (vault set-up, passphrase change, backup), with its strength. */
export function NewPassphraseFields({
  labels,
  hint,
  register,
  errors,
  strength,
}: NewPassphraseFieldsProps) {
  const meterId = useId();
  return (
    <>
      <Field label={labels.passphrase} hint={hint} error={errors.passphrase}>
        {(control) => (
          <input
            {...control}
            {...register('passphrase')}
            type="password"
            autoComplete="new-password"
            aria-describedby={
              [control['aria-describedby'], strength ? meterId : undefined]
                .filter(Boolean)
                .join(' ') || undefined
            }
          />
        )}
      </Field>
      {strength ? <PassphraseStrength reading={strength} id={meterId} /> : null}
      <Field label={labels.confirmation} error={errors.confirmation}>
        {(control) => (
          <input
            {...control}
            {...register('confirmation')}
            type="password"
            autoComplete="new-password"
          />
        )}
      </Field>
    </>
  );
}
