import type { Entry } from '../knowledge/schema';
import { capitalize } from '../lib/core/format';
import { useMessages } from './i18n';

export interface TermsOnPageProps {
  terms: readonly Entry[];
  /** Shows the term on the page (scrolls to it and opens its card). */
  onShow: (entryId: string) => void;
}

/** The health terms highlighted on the current tab, each with its short definition. */
export function TermsOnPage({ terms, onShow }: TermsOnPageProps) {
  const { t } = useMessages();
  return (
    <section class="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('termsTitle', terms.length)}</h2>
      {terms.length === 0 ? (
        <p class="hint">{t('termsNone')}</p>
      ) : (
        <>
          <p class="hint">{t('termsHint')}</p>
          <dl class="term-list">
            {terms.map((entry) => (
              <div key={entry.id} class="term" data-term-id={entry.id}>
                <dt>
                  <button type="button" class="term-link" title={t('termsShow')} onClick={() => onShow(entry.id)}>
                    {capitalize(entry.term)}
                  </button>
                </dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
