/**
 * The user's settings, live: loaded once, kept in sync with changes made elsewhere (another
 * options tab), saved on every change. The background watches storage itself.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../settings/settings-store';

export function useSettings(): {
  settings: Settings | null;
  update: (next: Settings) => Promise<void>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let current = true;
    loadSettings().then((loaded) => current && setSettings(loaded));
    const unwatch = watchSettings(setSettings);
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  const update = useCallback(async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
  }, []);

  return { settings, update };
}
