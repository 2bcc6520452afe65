import type { ChoiceLabel } from '../lib/option-labels';

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** The form name of the radio buttons (unique on the page). */
  name: string;
  choices: readonly T[];
  labels: Record<T, ChoiceLabel>;
  value: T;
  onChange: (value: T) => void;
}

/** One choice out of a few, as radio buttons in a fieldset (arrow keys move between them). */
export function ChoiceGroup<T extends string>({ legend, name, choices, labels, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const hintId = `${name}-${choice}-hint`;
        const { label, hint } = labels[choice];
        return (
          <label key={choice} class="choice">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              aria-describedby={hint ? hintId : undefined}
              onChange={() => onChange(choice)}
            />
            <span>
              {label}
              {hint && (
                <span id={hintId} class="hint choice-hint">
                  {hint}
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
