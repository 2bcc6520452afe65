import type { Entry } from '../knowledge/schema';
import { capitalize } from '../lib/core/format';

export interface TermsOnPageProps {
  terms: readonly Entry[];
  /** Shows the term on the page (scrolls to it and opens its card). */
  onShow: (entryId: string) => void;
}

/** The health terms highlighted on the current tab, each with its short definition. */
export function TermsOnPage({ terms, onShow }: TermsOnPageProps) {
  return (
    <section class="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">Terms on this page ({terms.length})</h2>
      {terms.length === 0 ? (
        <p class="hint">No health terms highlighted on this page.</p>
      ) : (
        <>
          <p class="hint">Choose a term to see it on the page.</p>
          <dl class="term-list">
            {terms.map((entry) => (
              <div key={entry.id} class="term" data-term-id={entry.id}>
                <dt>
                  <button type="button" class="term-link" title="Show on the page" onClick={() => onShow(entry.id)}>
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
