import type { ChecklistItem, Entry } from '../knowledge/schema';
import { capitalize, formatReviewDate } from '../lib/core/format';

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
}: HoverCardProps) {
  const title = abbreviation ? `${abbreviation}: ${entry.term}` : capitalize(entry.term);
  return (
    <div
      class="card"
      role="dialog"
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
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {entry.otherNames.length > 0 && (
        <p class="other-names">
          <span class="label">Also called </span>
          {entry.otherNames.join(', ')}
        </p>
      )}
      <p class="definition">{entry.definition}</p>
      {entry.harmlessWhen && (
        <p class="note harmless">
          <strong>Usually harmless when </strong>
          {entry.harmlessWhen}
        </p>
      )}
      {entry.seeDoctorIf && (
        <p class="note doctor">
          <strong>See a doctor if </strong>
          {entry.seeDoctorIf}
        </p>
      )}
      {emergencySigns.length > 0 && (
        <div class="note emergency">
          <strong>Call {emergencyNumber} now for</strong>
          <ul>
            {emergencySigns.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="checklist-link" onClick={onOpenChecklist}>
        Open the red-flag checklist
      </button>
      <p class="sources">
        Source{entry.sources.length > 1 ? 's' : ''}:{' '}
        {entry.sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 && ', '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          </span>
        ))}
        . Reviewed {formatReviewDate(entry.reviewed)}.
      </p>
      <p class="disclaimer">Not medical advice: this explains words, it cannot tell what you have. A doctor can.</p>
    </div>
  );
}
