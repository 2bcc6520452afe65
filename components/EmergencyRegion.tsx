import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type EmergencyService, numbersToCall } from '../lib/core/call-numbers';
import { EMERGENCY_REGIONS } from '../lib/core/emergency-number';
import { regionName } from '../lib/core/format';
import { AUTO_REGION } from '../lib/core/settings';
import { useMessages } from './i18n';

export interface EmergencyRegionProps {
  /** The number in use, and the region it is for. */
  service: EmergencyService;
  /** The person's setting: `AUTO_REGION` or a region code. */
  choice: string;
  /** The region guessed from the browser, offered as "Automatic". */
  guess: string | undefined;
  onChoose: (choice: string) => void;
  /** In the popup the list opens on request; the options page shows it at once. */
  collapsible: boolean;
}

/**
 * Which country the emergency number is for, said plainly, with a way to
 * change it: a guess can be wrong (a laptop set to home time on a trip).
 */
export function EmergencyRegion({ service, choice, guess, onChoose, collapsible }: EmergencyRegionProps) {
  const [open, setOpen] = useState(!collapsible);
  const { t, language } = useMessages();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open && collapsible) select.current?.focus();
  }, [open, collapsible]);
  const place = service.region ? regionName(service.region, language) : undefined;
  const regions = useMemo(
    () =>
      EMERGENCY_REGIONS.map((code) => ({ code, name: regionName(code, language) })).sort((a, b) =>
        a.name.localeCompare(b.name, language),
      ),
    [language],
  );

  return (
    <div class="emergency-region">
      <p class="emergency-number" id="emergency-number">
        {place ? t('emergencyNumberFor', place) : t('emergencyNumberPlain')}{' '}
        <strong>{numbersToCall(service, (first, second) => t('numbersOr', first, second))}</strong>
        {!place && ` ${t('emergencyNumberMobile')}`}
        {collapsible && !open && (
          <>
            {' '}
            <button type="button" class="link-button" aria-expanded="false" onClick={() => setOpen(true)}>
              {t('emergencyChange')}
            </button>
          </>
        )}
      </p>
      {open && (
        <label class="field emergency-region-field">
          <span>{t('emergencyCountryLabel')}</span>
          <select
            ref={select}
            value={choice}
            aria-describedby="emergency-number"
            onChange={(event) => {
              onChoose(event.currentTarget.value);
              if (collapsible) setOpen(false);
            }}
          >
            <option value={AUTO_REGION}>
              {guess ? t('emergencyAutomaticGuess', regionName(guess, language)) : t('emergencyAutomatic')}
            </option>
            {regions.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
