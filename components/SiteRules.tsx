import { useState } from 'preact/hooks';
import { SITE_LIST_TITLES, SITE_MODE_LABELS } from '../lib/core/option-labels';
import { SITE_MODES, type SiteMode } from '../lib/core/settings';
import { addSiteRule, sortedRules } from '../lib/core/site-rules';
import { ChoiceGroup } from './ChoiceGroup';

export interface SiteRulesProps {
  mode: SiteMode;
  rules: readonly string[];
  onModeChange: (mode: SiteMode) => void;
  onRulesChange: (rules: string[]) => void;
}

/** Where terms are highlighted: the mode, and the list of sites it applies to, with add and remove. */
export function SiteRules({ mode, rules, onModeChange, onRulesChange }: SiteRulesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const result = addSiteRule(rules, input);
    if ('error' in result) {
      setError(result.error);
      setStatus('');
      return;
    }
    const added = result.rules.at(-1) ?? '';
    onRulesChange(result.rules);
    setInput('');
    setError('');
    setStatus(`Added ${added}.`);
  };
  const remove = (rule: string) => {
    onRulesChange(rules.filter((existing) => existing !== rule));
    setStatus(`Removed ${rule}.`);
  };

  return (
    <>
      <ChoiceGroup
        legend="Highlight terms"
        name="site-mode"
        choices={SITE_MODES}
        labels={SITE_MODE_LABELS}
        value={mode}
        onChange={onModeChange}
      />
      <h3 id="site-list-title">{SITE_LIST_TITLES[mode]}</h3>
      {rules.length === 0 ? (
        <p class="hint">No sites listed yet.</p>
      ) : (
        <ul class="site-list" aria-labelledby="site-list-title">
          {sortedRules(rules).map((rule) => (
            <li key={rule} class="site">
              <span class="site-name">{rule}</span>
              <button type="button" class="small-button" aria-label={`Remove ${rule}`} onClick={() => remove(rule)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">Add a site</label>
        <div class="add-site-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="site-input-hint site-input-error"
            onInput={(event) => {
              setInput(event.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit" class="small-button">
            Add
          </button>
        </div>
        <p id="site-input-hint" class="hint">
          A site also covers its subdomains: example.com covers www.example.com. Add a port (localhost:3000) to cover
          only that port.
        </p>
        <p id="site-input-error" class="error" role="alert">
          {error}
        </p>
        <p class="visually-hidden" role="status">
          {status}
        </p>
      </form>
    </>
  );
}
