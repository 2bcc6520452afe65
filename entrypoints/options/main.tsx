import { render } from 'preact';
import { Options } from '../../components/Options';
import { requestSiteAccess } from '../../components/page-actions';
import { browserPlace } from '../../lib/browser-place';
import { SETTINGS_AREA } from '../../lib/settings-store';
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
