/** Reading, saving and watching the settings in `browser.storage.local`. */
import { browser } from 'wxt/browser';
import { readSettings, sanitizeSettings, SETTINGS_KEY, type Settings } from './settings';

export function loadSettings(): Promise<Settings> {
  return readSettings(browser.storage.local);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: sanitizeSettings(settings) });
}

/** Calls `listener` with the new settings whenever they change; returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
