import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { EXTENSION_NAME } from './lib/constants';
import { termIndexPlugin } from './scripts/lib/term-index-plugin';

// Everything the extension knows ships inside it; the manifest asks only for
// `storage` (settings). Content-script matches are the only host access.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), termIndexPlugin(import.meta.dirname)] }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: EXTENSION_NAME,
    description:
      'Explains muscle-twitching health terms on any page in plain words, with a red-flag checklist. Sends nothing anywhere.',
    permissions: ['storage'],
    action: { default_title: EXTENSION_NAME },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'muscle-twitch-glossary@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
