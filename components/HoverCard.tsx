import type { ChecklistItem, Entry } from '../knowledge/schema';
import type { CardKey } from '../lib/core/catalogues';
import { capitalize } from '../lib/core/format';
import type { Translator } from '../lib/core/translate';

export interface HoverCardProps {
  entry: Entry;
  /** The abbreviation the reader pointed at ("ALS"), shown with its expansion. */
  abbreviation: string | undefined;
  titleId: string;
  /** The emergency red flags linked to this term, shown with the local number. */
  emergencySigns: readonly ChecklistItem[];
  emergencyNumber: string;
  onOpenChecklist: () => void;
  /** The close button or Escape inside the card. */
  onClose: () => void;
  /** What the card says around the entry, in the entry's language (the page's term may be in another than the browser's). */
  messages: Translator<CardKey>;
}

/** The plain-language explanation of one term. Text only: nothing here is parsed as HTML. */
export function HoverCard({
  entry,
  abbreviation,
  titleId,
  emergencySigns,
  emergencyNumber,
  onOpenChecklist,
  onClose,
  messages,
}: HoverCardProps) {
  const { t } = messages;
  const title = abbreviation ? `${abbreviation}: ${entry.term}` : capitalize(entry.term);
  return (
    <div
      class="card"
      role="dialog"
      lang={messages.language}
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="header">
        <h2 id={titleId} class="title">
          {title}
        </h2>
        <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>
          ×
        </button>
      </div>
      {entry.otherNames.length > 0 && (
        <p class="other-names">
          <span class="label">{t('card_alsoCalled')} </span>
          {entry.otherNames.join(', ')}
        </p>
      )}
      <p class="definition">{entry.definition}</p>
      {entry.harmlessWhen && (
        <p class="note harmless">
          <strong>{t('card_harmlessWhen')} </strong>
          {entry.harmlessWhen}
        </p>
      )}
      {entry.seeDoctorIf && (
        <p class="note doctor">
          <strong>{t('card_seeDoctorIf')} </strong>
          {entry.seeDoctorIf}
        </p>
      )}
      {emergencySigns.length > 0 && (
        <div class="note emergency">
          <strong>{t('card_callNow', emergencyNumber)}</strong>
          <ul>
            {emergencySigns.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="checklist-link" onClick={onOpenChecklist}>
        {t('card_openChecklist')}
      </button>
      <p class="sources">
        {messages.plural('card_sources', entry.sources.length)}{' '}
        {entry.sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 && ', '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          </span>
        ))}
        . {t('card_reviewed', messages.date(entry.reviewed))}
      </p>
      <p class="disclaimer">{t('card_disclaimer')}</p>
    </div>
  );
}
