import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { TOGGLE_SITE_COMMAND } from './lib/core/constants';
import { iconPaths } from './lib/core/icons';
import { noHtmlSetterPlugin } from './scripts/lib/no-html-setter-plugin';
import { termIndexPlugin } from './scripts/lib/term-index-plugin';

// Everything the extension knows ships inside it; the manifest asks only for
// `storage` (settings) and `activeTab`. Content-script matches are the only host access.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), noHtmlSetterPlugin(), termIndexPlugin(import.meta.dirname)] }),
  webExt: { disabled: true },
  zip: {
    // What Firefox reviewers need to rebuild the package byte for byte
    // (README: "Store packages"), and nothing else: no tests, demo
    // pages, reports or editor settings.
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'virtual-modules.d.ts',
      'README.md',
      'PRIVACY.md',
      'CHANGELOG.md',
      'assets/**',
      'components/**',
      'entrypoints/**',
      'knowledge/**',
      'lib/**',
      'public/**',
      'scripts/lib/term-index-plugin.ts',
      'scripts/lib/no-html-setter-plugin.ts',
    ],
  },
  manifest: ({ browser }) => ({
    // Every visible string is in public/_locales (English and Spanish); the browser picks its language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: a click on the toolbar button lets the popup see which site the tab shows, so it can
    // name a site the browser has not let the extension read and ask for exactly that one. No warning.
    permissions: ['storage', 'activeTab'],
    icons: iconPaths('on'),
    action: { default_title: '__MSG_extName__', default_icon: iconPaths('on') },
    commands: {
      [TOGGLE_SITE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'muscle-twitch-glossary@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Desktop 140 is an ESR; Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
