import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings';
import { loadSettings, saveSettings } from './settings-store';

describe('loadSettings / saveSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({
      paused: true,
      excludedSites: ['https://example.com'],
      notifications: true,
    });
    expect(await loadSettings()).toEqual({
      paused: true,
      excludedSites: ['example.com'],
      notifications: true,
    });
  });
});
