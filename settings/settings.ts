/**
 * User settings: their shape, defaults and checks. They are kept in `browser.storage.local`
 * under one key (settings-store.ts), so the content script can read them with a single call,
 * only on pages that pass the gate. No browser API here: the content script takes what it needs
 * without loading the extension API on ordinary pages.
 */

export interface Settings {
  /** Detection paused: the content script analyses nothing and reports nothing. */
  paused: boolean;
  /** Host names never analysed ("example.com" also covers its subdomains). */
  excludedSites: string[];
  /** Opt-in: a system notification on the day a stored restriction takes effect. */
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  excludedSites: [],
  notifications: false,
};

/** The storage.local key the settings are kept under. */
export const SETTINGS_KEY = 'settings';
const MAX_EXCLUDED_SITES = 500;
const MAX_HOST_LENGTH = 253;

/** Normalises a user-typed site ("https://www.Example.com/x" → "example.com"), or null. */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!host || host.length > MAX_HOST_LENGTH || !/^[a-z0-9.-]+$/.test(host)) return null;
  return host;
}

/** True when `hostname` is an excluded site or a subdomain of one. */
export function isExcludedHost(hostname: string, excludedSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return excludedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Accepts anything read from storage and returns valid settings (unknown values dropped). */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const sites = Array.isArray(value.excludedSites) ? value.excludedSites : [];
  const excludedSites = [
    ...new Set(
      sites
        .filter((site): site is string => typeof site === 'string')
        .map(normalizeSite)
        .filter((site): site is string => site !== null),
    ),
  ].slice(0, MAX_EXCLUDED_SITES);
  return {
    paused: value.paused === true,
    excludedSites,
    notifications: value.notifications === true,
  };
}

/** The part of a storage area (`browser.storage.local`) the settings are read through. */
export interface SettingsSource {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The stored settings, checked; defaults where nothing (usable) is stored. */
export async function readSettings(area: SettingsSource): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY]);
}
