/**
 * What a person sees when the browser has not let the extension read a site
 * (Firefox asks per site; Chrome's "on click"), and the one button that asks
 * the browser for it.
 */
import { useState } from 'preact/hooks';
import type { AccessRequest, SitesAllowed } from '../lib/core/site-access';
import { useMessages } from './i18n';

export interface SiteAccessRequestProps {
  request: AccessRequest;
  /** Asks the browser (from the click itself); resolves to whether the person allowed it. */
  onAllow: (request: AccessRequest) => Promise<boolean>;
}

/** In the popup: this page is not highlighted because the site is not allowed; one button asks for it. */
export function SiteAccessRequest({ request, onAllow }: SiteAccessRequestProps) {
  const [outcome, setOutcome] = useState<'refused' | 'failed'>();
  const { t } = useMessages();
  const place = request.host ?? t('accessThisPage');
  return (
    <div class="access-request">
      <p>{t('accessNotRead', t('extName'), place)}</p>
      <button
        type="button"
        class="primary-button"
        onClick={() =>
          void onAllow(request).then(
            (granted) => setOutcome(granted ? undefined : 'refused'),
            () => setOutcome('failed'),
          )
        }
      >
        {request.host ? t('accessAllowOn', request.host) : t('accessAllowAll')}
      </button>
      <p class="hint">
        {outcome === 'refused' ? t('accessRefused') : outcome === 'failed' ? t('accessFailed') : t('accessWillAsk')}
      </p>
    </div>
  );
}

export interface GrantedSitesProps {
  granted: SitesAllowed | undefined;
  onAllowAll: () => Promise<boolean>;
}

/** On the options page: which sites the browser lets the extension read, with a button for all of them. */
export function GrantedSites({ granted, onAllowAll }: GrantedSitesProps) {
  const { t } = useMessages();
  if (!granted) return null;
  if (granted.all) {
    return <p class="hint access-summary">{t('accessAllSites', t('extName'))}</p>;
  }
  return (
    <div class="access-request access-summary">
      <p>
        {granted.oneByOne.length > 0
          ? t('accessOnlySites', t('extName'), granted.oneByOne.join(', '))
          : t('accessNoSite', t('extName'))}
      </p>
      <button type="button" class="primary-button" onClick={() => void onAllowAll()}>
        {t('accessAllowAll')}
      </button>
      <p class="hint">{t('accessAskFirstReload')}</p>
    </div>
  );
}
