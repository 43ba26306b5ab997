/**
 * Page snapshots: the copy of a page a content script sends is analysed here, off the page's
 * main thread, and a ban article's events go into the database, the tab's badge and the popup's
 * "This page" section. The user's settings are enforced here too, so a stale content script
 * (settings changed after the page loaded) cannot store what the user excluded; only a page
 * the user asked about (Analyse this page) is read whatever the settings say.
 */
import { browser } from 'wxt/browser';
import { analyzeDocument } from '../analysis/analyze';
import { parseHtml } from '../analysis/parse-html';
import type { AnalysisResult } from '../analysis/types';
import {
  PAGE_HANDLE,
  type PageRequest,
  type PageSnapshotMessage,
  type TabReport,
} from '../messaging/protocol';
import { isExcludedHost } from '../settings/settings';
import { loadSettings } from '../settings/settings-store';
import { ingestReport } from '../storage/ingest';
import { showRestrictionCount } from './badge';
import { openBanRadarDb } from '../storage/db';
import { forgetTab, recallTabReport, rememberTabReport } from './tab-reports';
import { dataChanged } from './data-changes';

/**
 * Analyses a page's copy and hands the result to ingestion, which stores a ban article's events
 * and removes a stored article that no longer reads as one (the page changed or the engine
 * improved). Replies with the tab's report.
 */
export async function acceptPageSnapshot(
  tabId: number,
  { pageUrl, html, requested }: PageSnapshotMessage,
): Promise<TabReport> {
  if (!requested) {
    const settings = await loadSettings();
    if (settings.paused) return { status: 'paused', pageUrl, result: null };
    if (isExcludedHost(new URL(pageUrl).hostname, settings.excludedSites)) {
      return { status: 'excluded', pageUrl, result: null };
    }
  }
  // The content script's gate passed the page's lead; whether the page is an article is asked
  // here, off the page's main thread (analysis/gate.ts). What the user asked for is analysed.
  const options = { url: pageUrl, now: new Date(), force: requested === true };
  const result = timedAnalysis(() => analyzeDocument(parseHtml(html), options));
  return storeReport(tabId, pageUrl, result);
}

/** The background's own analysis time, as a performance measure (read by bench:page). */
const ANALYSIS_MEASURE = 'ban-radar:background-analysis';

function timedAnalysis(analyze: () => AnalysisResult): AnalysisResult {
  const start = performance.now();
  const result = analyze();
  performance.clearMeasures(ANALYSIS_MEASURE);
  performance.measure(ANALYSIS_MEASURE, { start, duration: performance.now() - start });
  return result;
}

async function storeReport(
  tabId: number,
  pageUrl: string,
  result: AnalysisResult,
): Promise<TabReport> {
  const { outcome, changed } = await ingestReport(
    await openBanRadarDb(),
    { pageUrl, result },
    new Date(),
  );
  // At once: from here on no popup may open on the first screen from before this report.
  const followUp = changed ? dataChanged() : null;
  const report: TabReport =
    outcome === 'dismissed'
      ? { status: 'dismissed', pageUrl, result: null }
      : { status: 'reported', pageUrl, result };
  const shownCount = outcome === 'stored' ? result.events.length : 0;
  await Promise.all([
    rememberTabReport(tabId, report),
    showRestrictionCount(tabId, shownCount),
    followUp,
  ]);
  return report;
}

export async function resetTab(tabId: number): Promise<null> {
  await Promise.all([forgetTab(tabId), showRestrictionCount(tabId, 0)]);
  return null;
}

/** The content script's file, as the manifest lists it (wxt.config.ts). */
const CONTENT_SCRIPT_FILE = '/page-watcher.js';

/**
 * Asks the tab's content script (status, or analyse now) through its handle, called in the
 * script's isolated world. A tab opened before Ban Radar was installed has no content script:
 * it is unread, and asked to analyse it, the background starts one there first. A tab no
 * script can reach (browser pages, the PDF viewer) is unsupported. Both fall back on what the
 * tab reported earlier, if anything.
 */
export async function askTab(tabId: number, request: PageRequest): Promise<TabReport> {
  const target = { tabId, frameIds: [0] };
  let status: TabReport['status'] = 'unsupported';
  try {
    let answer = await callInTab(target, request);
    if (answer === null && request === 'analyze-now') {
      await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] });
      answer = await callInTab(target, request);
    }
    if (isTabReport(answer)) return answer;
    if (answer === null) status = 'unread';
  } catch {
    // No access to the tab (no toolbar click, a browser page): unsupported.
  }
  return (await recallTabReport(tabId)) ?? { status, pageUrl: null, result: null };
}

/**
 * What the page's handle answers; null when a web page has no content script (yet),
 * 'no-script' where none would run (an image or XML file, a file:// page).
 */
async function callInTab(
  target: { tabId: number; frameIds: number[] },
  request: PageRequest,
): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({
    target,
    func: callPageHandle,
    args: [PAGE_HANDLE, request],
  });
  return frame?.result ?? null;
}

/**
 * Runs in the tab, in the content script's isolated world. executeScript sends it as source
 * text, so it uses nothing but its arguments.
 */
function callPageHandle(name: string, request: PageRequest): unknown {
  const handle = (globalThis as Record<string, unknown>)[name];
  if (typeof handle === 'function') return (handle as (request: PageRequest) => unknown)(request);
  // The content script's own test (isAnalysablePage), repeated here: the function may use
  // nothing from outside.
  const isWebPage =
    document.contentType === 'text/html' &&
    (location.protocol === 'http:' || location.protocol === 'https:');
  return isWebPage ? null : 'no-script';
}

const TAB_STATUSES = new Set([
  'reported',
  'skipped',
  'paused',
  'excluded',
  'unread',
  'unsupported',
  'dismissed',
]);

/** The content script is ours, but its page may be hostile: check the reply's envelope. */
function isTabReport(value: unknown): value is TabReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return typeof report.status === 'string' && TAB_STATUSES.has(report.status);
}

export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
