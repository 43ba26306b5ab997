import { browser } from 'wxt/browser';
import { watchFirstScreen } from '../background/first-screen-cache';
import { routeMessage } from '../background/message-router';
import { watchTabs } from '../background/page-reports';
import { watchReminders } from '../background/reminder-manager';

export default defineBackground(() => {
  // Reply through sendResponse and `return true`: it works in Chrome, Firefox, the polyfill and
  // WXT's fake browser alike (FIELD-NOTES), unlike returning a Promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  });
  watchTabs();
  watchReminders();
  watchFirstScreen();
});
