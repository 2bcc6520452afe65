import { useState } from 'preact/hooks';
import { SITE_LIST_TITLES, SITE_MODE_LABELS } from '../lib/core/option-labels';
import { SITE_MODES, type SiteMode } from '../lib/core/settings';
import { addSiteRule, sortedRules } from '../lib/core/site-rules';
import { ChoiceGroup } from './ChoiceGroup';
import { useMessages } from './i18n';

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
  const { t } = useMessages();

  const add = (event: Event) => {
    event.preventDefault();
    const result = addSiteRule(rules, input);
    if ('error' in result) {
      setError(t(`siteError_${result.error.problem}`, ...result.error.values));
      setStatus('');
      return;
    }
    const added = result.rules.at(-1) ?? '';
    onRulesChange(result.rules);
    setInput('');
    setError('');
    setStatus(t('sitesAdded', added));
  };
  const remove = (rule: string) => {
    onRulesChange(rules.filter((existing) => existing !== rule));
    setStatus(t('sitesRemoved', rule));
  };

  return (
    <>
      <ChoiceGroup
        legend={t('sitesModeLegend')}
        name="site-mode"
        choices={SITE_MODES}
        labels={SITE_MODE_LABELS}
        value={mode}
        onChange={onModeChange}
      />
      <h3 id="site-list-title">{t(SITE_LIST_TITLES[mode])}</h3>
      {rules.length === 0 ? (
        <p class="hint">{t('sitesNone')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="site-list-title">
          {sortedRules(rules).map((rule) => (
            <li key={rule} class="site">
              <span class="site-name">{rule}</span>
              <button
                type="button"
                class="small-button"
                aria-label={t('sitesRemoveSite', rule)}
                onClick={() => remove(rule)}
              >
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">{t('sitesAddLabel')}</label>
        <div class="add-site-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('sitesAddPlaceholder')}
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="site-input-hint site-input-error"
            onInput={(event) => {
              setInput(event.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit" class="small-button">
            {t('sitesAdd')}
          </button>
        </div>
        <p id="site-input-hint" class="hint">
          {t('sitesHint')}
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
