/**
 * What a person sees when the browser has not let the extension read a site
 * (Firefox asks per site; Chrome's "on click"), and the one button that asks
 * the browser for it.
 */
import { useState } from 'preact/hooks';
import { EXTENSION_NAME } from '../lib/core/constants';
import type { AccessRequest, SitesAllowed } from '../lib/core/site-access';

export interface SiteAccessRequestProps {
  request: AccessRequest;
  /** Asks the browser (from the click itself); resolves to whether the person allowed it. */
  onAllow: (request: AccessRequest) => Promise<boolean>;
}

/** In the popup: this page is not highlighted because the site is not allowed; one button asks for it. */
export function SiteAccessRequest({ request, onAllow }: SiteAccessRequestProps) {
  const [outcome, setOutcome] = useState<'refused' | 'failed'>();
  const place = request.host ?? 'this page';
  return (
    <div class="access-request">
      <p>
        Your browser has not let {EXTENSION_NAME} read {place}, so no terms are highlighted here.
      </p>
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
        {request.host ? `Allow on ${request.host}` : 'Allow on all sites'}
      </button>
      <p class="hint">
        {outcome === 'refused'
          ? 'Nothing was changed. You can allow it later here or in your browser’s extension settings.'
          : outcome === 'failed'
            ? 'Your browser did not ask. Allow the site in your browser’s extension settings instead.'
            : 'Your browser will ask you first, then the page reloads.'}
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
  if (!granted) return null;
  if (granted.all) {
    return (
      <p class="hint access-summary">
        Your browser lets {EXTENSION_NAME} read every site. You can limit this in your browser’s extension settings.
      </p>
    );
  }
  return (
    <div class="access-request access-summary">
      <p>
        {granted.oneByOne.length > 0
          ? `Your browser lets ${EXTENSION_NAME} read only these sites: ${granted.oneByOne.join(', ')}. Terms on other sites are not highlighted.`
          : `Your browser has not let ${EXTENSION_NAME} read any site yet, so no terms are highlighted.`}
      </p>
      <button type="button" class="primary-button" onClick={() => void onAllowAll()}>
        Allow on all sites
      </button>
      <p class="hint">Your browser will ask you first. Pages already open show their terms once reloaded.</p>
    </div>
  );
}
