import { useId, type ReactNode } from 'react';
import './value-choice.css';

/** One of the values offered: what it is, and where it comes from or when it was made. */
export interface ValueChoiceSide {
  value: ReactNode;
  /** Who made it, when: shown under the value, and read after it (its description). */
  hint?: ReactNode;
  /** The radio's name when the value alone would not say what choosing it does. */
  accessibleName?: string;
}

/**
 * A field that holds a different value in two places (a colleague's version, a backup): the values
 * side by side, stacked on a phone, each with a radio to choose it. The choice is the caller's.
 */
export function ValueChoice({
  legend,
  sides,
  chosen,
  onChoose,
}: {
  legend: ReactNode;
  sides: readonly ValueChoiceSide[];
  chosen: number | undefined;
  onChoose: (side: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className="value-choice">
      <legend>{legend}</legend>
      <div className="value-choice-sides">
        {sides.map((side, index) => {
          const id = `${name}-${String(index)}`;
          return (
            <div key={index} className="choice value-choice-side">
              <input
                id={id}
                type="radio"
                name={name}
                checked={chosen === index}
                onChange={() => onChoose(index)}
                aria-label={side.accessibleName}
                aria-describedby={side.hint && side.accessibleName ? `${id}-hint` : undefined}
              />
              <label htmlFor={id}>
                <strong className="value-choice-value">{side.value}</strong>{' '}
                {side.hint ? (
                  <span id={`${id}-hint`} className="field-hint">
                    {side.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
