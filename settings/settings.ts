/**
 * User settings, kept in `browser.storage.local` under one key so the content script can read
 * them with a single call (only on pages that pass the gate).
 */
import { browser } from 'wxt/browser';

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

const STORAGE_KEY = 'settings';
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

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return sanitizeSettings(stored[STORAGE_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: sanitizeSettings(settings) });
}

/** Calls `listener` with the new settings whenever they change; returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORAGE_KEY];
    if (area === 'local' && change) listener(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
