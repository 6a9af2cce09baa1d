import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

interface SelectFieldProps {
  label: string;
  hint?: string | undefined;
  /** Already translated error. */
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  /** A first option meaning "not recorded", with this label. */
  emptyLabel?: string | undefined;
}

/** A labelled select of a form, wired like every field (label, error, aria). */
export function SelectField({
  label,
  hint,
  error,
  registration,
  options,
  emptyLabel,
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(controlProps) => (
        <select {...controlProps} {...registration}>
          {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
