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
    // takes effect; activeTab + scripting: the popup's questions to the page in the current tab
    // (what did it report, analyse it now) reach the content script's handle
    // (messaging/protocol.ts PAGE_HANDLE) with scripting.executeScript, which the click on the
    // toolbar icon allows for that tab only. No `tabs` permission: the popup only needs the
    // active tab's id, which tabs.query gives without it. No host permissions: the content
    // script's matches suffice for reading pages.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    // The content script is an unlisted script (entrypoints/page-watcher.ts), listed here:
    // every web page, since a news article can be anywhere; top frame only (all_frames is
    // false); file:// pages are not matched, so local files are never read.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['page-watcher.js'],
        run_at: 'document_idle',
      },
    ],
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
