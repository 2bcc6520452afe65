import { render } from 'preact';
import { MessagesContext } from '../../components/i18n';
import { translatorFor } from '../../lib/core/catalogues';
import { browserPlace } from '../../lib/platform/browser-place';
import { browserInterfaceLanguage } from '../../lib/platform/interface-language';
import { SETTINGS_AREA } from '../../lib/platform/settings-store';
import { Options } from '../../lib/ui/Options';
import { requestSiteAccess } from '../../lib/ui/page-actions';
import './style.css';

const language = browserInterfaceLanguage();
const messages = translatorFor(language);
document.documentElement.lang = language;
document.title = messages.t('optionsTitle', messages.t('extName'));

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
