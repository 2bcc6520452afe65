import { render } from 'preact';
import { browserPlace } from '../../lib/platform/browser-place';
import { SETTINGS_AREA } from '../../lib/platform/settings-store';
import { Options } from '../../lib/ui/Options';
import { requestSiteAccess } from '../../lib/ui/page-actions';
import './style.css';

const root = document.getElementById('app');
if (root) {
  render(
    <Options
      synced={SETTINGS_AREA === 'sync'}
      place={browserPlace()}
      requestAccess={(request) => requestSiteAccess(request)}
    />,
    root,
  );
}
