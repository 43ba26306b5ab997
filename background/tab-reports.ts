/**
 * What each tab's page reported, for the popup's "This page" section and the badge.
 * Kept in memory and mirrored to `storage.session` (where the browser has it), because a
 * Chrome MV3 service worker is stopped when idle and would otherwise forget open tabs.
 */
import { browser } from 'wxt/browser';
import type { TabReport } from '../messaging/protocol';

const SESSION_KEY_PREFIX = 'tab:';
const reports = new Map<number, TabReport>();

const sessionArea = () => browser.storage.session as typeof browser.storage.local | undefined;

export async function rememberTabReport(tabId: number, report: TabReport): Promise<void> {
  reports.set(tabId, report);
  // The mirror is a convenience: a full session area must not fail the page's report.
  await sessionArea()
    ?.set({ [SESSION_KEY_PREFIX + tabId]: report })
    .catch((error: unknown) => console.warn('Ban Radar: tab report kept in memory only', error));
}

export async function recallTabReport(tabId: number): Promise<TabReport | null> {
  const inMemory = reports.get(tabId);
  if (inMemory) return inMemory;
  const key = SESSION_KEY_PREFIX + tabId;
  const stored = (await sessionArea()?.get(key))?.[key] as TabReport | undefined;
  if (stored) reports.set(tabId, stored);
  return stored ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  reports.delete(tabId);
  await sessionArea()?.remove(SESSION_KEY_PREFIX + tabId);
}
