import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };

// Name, description and version come from package.json via WXT; the localised name and
// description come from public/_locales (default_locale en).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    // storage: settings; alarms + notifications: opt-in reminders on the day a restriction
    // takes effect; tabs is not needed (the popup reads the active tab through activeTab-free
    // tabs.query of its own window, which returns the id without url).
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ban-radar@ban-radar.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
