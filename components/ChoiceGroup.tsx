import type { ChoiceLabel } from '../lib/core/option-labels';
import { useMessages } from './i18n';

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
  const { t } = useMessages();
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice}`;
        const { label, hint } = labels[choice];
        return (
          <div key={choice} class="choice">
            <input
              id={id}
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice)}
            />
            <div>
              <label for={id}>{t(label)}</label>
              {hint && (
                <span id={`${id}-hint`} class="hint choice-hint">
                  {t(hint)}
                </span>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
