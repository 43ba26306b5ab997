import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };

// Name, description and version come from package.json via WXT; the localised name and
// description come from public/_locales (default_locale en).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script runs on every page, so it skips the polyfill (about 10 KB of metadata
    // and a Proxy over the whole chrome namespace, built on every page load): it uses the
    // browser's own promise-based API (Chrome MV3's chrome.*, Firefox's browser.*), which is
    // all it needs for sendMessage, onMessage and storage.local. Everything else keeps it.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    // storage: settings; alarms + notifications: opt-in reminders on the day a restriction
    // takes effect. No `tabs` permission: the popup only needs the active tab's id, which
    // tabs.query gives without it. No host permissions: the content script's matches suffice.
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ban-radar@ban-radar.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
