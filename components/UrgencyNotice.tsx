import type { Tier } from '../knowledge/schema';
import { type EmergencyService, numbersToCall } from '../lib/core/call-numbers';
import { useMessages } from './i18n';

export interface UrgencyNoticeProps {
  urgency: Tier | undefined;
  emergency: EmergencyService;
}

/** What the ticked signs call for. The emergency message is an alert, announced at once. */
export function UrgencyNotice({ urgency, emergency }: UrgencyNoticeProps) {
  const { ambulance } = emergency;
  const { t } = useMessages();
  return (
    <div class="urgency-region" role="alert">
      {urgency === 'emergency' && (
        <div class="urgency urgency-emergency">
          <strong class="urgency-title">{t('urgencyEmergencyTitle', ambulance)}</strong>
          <span>
            {t(
              'urgencyEmergencyText',
              numbersToCall(emergency, (first, second) => t('numbersOr', first, second)),
            )}
          </span>
        </div>
      )}
      {urgency === 'soon' && (
        <div class="urgency urgency-soon">
          <strong class="urgency-title">{t('urgencySoonTitle')}</strong>
          <span>{t('urgencySoonText', ambulance)}</span>
        </div>
      )}
      {urgency === 'harmless' && (
        <div class="urgency urgency-harmless">
          <strong class="urgency-title">{t('urgencyHarmlessTitle')}</strong>
          <span>{t('urgencyHarmlessText')}</span>
        </div>
      )}
    </div>
  );
}
