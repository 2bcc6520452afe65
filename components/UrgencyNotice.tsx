import type { Tier } from '../knowledge/schema';
import { type EmergencyService, numbersToCall } from '../lib/core/call-numbers';

export interface UrgencyNoticeProps {
  urgency: Tier | undefined;
  emergency: EmergencyService;
}

/** What the ticked signs call for. The emergency message is an alert, announced at once. */
export function UrgencyNotice({ urgency, emergency }: UrgencyNoticeProps) {
  const { ambulance } = emergency;
  return (
    <div class="urgency-region" role="alert">
      {urgency === 'emergency' && (
        <div class="urgency urgency-emergency">
          <strong class="urgency-title">Call {ambulance} now</strong>
          <span>
            Call {numbersToCall(emergency)} for an ambulance, or get someone to call for you. Do not drive yourself.
          </span>
        </div>
      )}
      {urgency === 'soon' && (
        <div class="urgency urgency-soon">
          <strong class="urgency-title">See a doctor soon</strong>
          <span>Book an appointment in the next few days. If things get worse quickly, call {ambulance}.</span>
        </div>
      )}
      {urgency === 'harmless' && (
        <div class="urgency urgency-harmless">
          <strong class="urgency-title">Usually harmless</strong>
          <span>See a doctor if it lasts more than 2 weeks, spreads, or you notice weakness.</span>
        </div>
      )}
    </div>
  );
}
