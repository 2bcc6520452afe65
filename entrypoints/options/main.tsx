import { render } from 'preact';
import { Options } from '../../components/Options';
import { SETTINGS_AREA, updateSettings } from '../../lib/settings-store';
import './style.css';

const root = document.getElementById('app');
if (root) {
  render(<Options change={(update) => void updateSettings(update)} synced={SETTINGS_AREA === 'sync'} />, root);
}
