import { render } from 'preact';
import { MessagesContext } from '../../components/i18n';
import { browserPlace } from '../../lib/platform/browser-place';
import { SETTINGS_AREA } from '../../lib/platform/settings-store';
import { pageInInterfaceLanguage } from '../../lib/ui/interface-language';
import { Options } from '../../lib/ui/Options';
import { requestSiteAccess } from '../../lib/ui/page-actions';
import './style.css';

const { messages } = pageInInterfaceLanguage(({ t }) => t('optionsTitle', t('extName')));

const root = document.getElementById('app');
if (root) {
  render(
    <MessagesContext.Provider value={messages}>
      <Options
        synced={SETTINGS_AREA === 'sync'}
        place={browserPlace()}
        requestAccess={(request) => requestSiteAccess(request)}
      />
    </MessagesContext.Provider>,
    root,
  );
}
