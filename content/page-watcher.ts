/**
 * What the content script does on a page: wait until the page is idle, run the cheap gate,
 * and only on candidate pages copy the page (in idle-time slices, page-snapshot.ts) and send
 * the copy to the background, which analyses it off the page's main thread. Ordinary pages
 * cost a gate run and nothing else: no storage read, no message, not even a look at the
 * extension API (extension-api.ts).
 *
 * The popup's questions (what did this page report? analyse it now) reach the page through
 * its handle (PAGE_HANDLE), which the background calls with scripting.executeScript in this
 * script's isolated world, instead of through a message listener on every page.
 *
 * Single-page sites: every URL change starts a new generation; work begun for the old URL is
 * dropped, so its results are never attributed to the new one.
 */
import { gateLead } from '../analysis/lead-gate';
import type { AnalysisResult } from '../analysis/types';
import {
  PAGE_HANDLE,
  type PageHandle,
  type PageSnapshotMessage,
  type TabReport,
} from '../messaging/protocol';
import { isExcludedHost, readSettings } from '../settings/settings';
import { extensionApi, sendToBackground } from './extension-api';
import { pageUrl, watchLocation } from './location-watcher';
import { snapshotPage } from './page-snapshot';

/** Single-page sites render the new article after the URL changes: give them a moment. */
const SPA_SETTLE_MS = 1200;
const IDLE_TIMEOUT_MS = 3000;

type PageStatus = TabReport['status'] | 'pending';

export class PageWatcher {
  private generation = 0;
  private status: PageStatus = 'pending';
  private result: AnalysisResult | null = null;
  private reportedUrl: string | null = null;

  start(): void {
    this.scheduleGate(0);
    watchLocation(() => this.onLocationChange());
    const handle: PageHandle = (request) =>
      request === 'analyze-now'
        ? this.analyzeNow().catch(() => this.tabReport())
        : this.tabReport();
    (globalThis as Record<string, unknown>)[PAGE_HANDLE] = handle;
  }

  private tabReport(): TabReport {
    const status = this.status === 'pending' ? 'skipped' : this.status;
    return { status, pageUrl: pageUrl(), result: this.result };
  }

  private onLocationChange(): void {
    this.generation++;
    this.status = 'pending';
    this.result = null;
    if (this.reportedUrl) {
      this.reportedUrl = null;
      void sendToBackground({ type: 'page-reset' });
    }
    this.scheduleGate(SPA_SETTLE_MS);
  }

  private scheduleGate(delayMs: number): void {
    const generation = this.generation;
    const whenIdle = () =>
      requestIdleCallback(
        // A script left behind by an update of the extension cannot read the settings any
        // more: it has nothing left to do.
        () => void this.runGate(generation).catch(() => undefined),
        { timeout: IDLE_TIMEOUT_MS },
      );
    // Where the user blocks page JavaScript, Chromium never runs a content script's timers, but
    // idle callbacks still fire: so no timer unless there is a reason to wait.
    if (delayMs > 0) setTimeout(whenIdle, delayMs);
    else whenIdle();
  }

  private async runGate(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    // A clock reading rather than a mark: creating the mark object is not the gate's work.
    const start = performance.now();
    const gate = gateLead(document, pageUrl());
    performance.measure('ban-radar:gate', { start, duration: performance.now() - start });
    if (!gate.candidate) {
      this.status = 'skipped';
      return;
    }
    await this.analyze(generation);
  }

  /** The user asked (Analyse this page): even where paused or excluded. */
  private async analyzeNow(): Promise<TabReport> {
    this.generation++;
    await this.analyze(this.generation, true);
    return this.tabReport();
  }

  private async analyze(generation: number, requested = false): Promise<void> {
    const url = pageUrl();
    if (!requested) {
      const settings = await readSettings(extensionApi().storage.local);
      if (settings.paused) return this.settle(generation, 'paused');
      if (isExcludedHost(new URL(url).hostname, settings.excludedSites)) {
        return this.settle(generation, 'excluded');
      }
    }
    const { html, startedAt, busyMs } = await snapshotPage(document, () => this.nextIdlePeriod());
    // The content script's share of the analysis, without the waits between slices.
    performance.measure('ban-radar:analysis', { start: startedAt, duration: busyMs });
    if (generation !== this.generation) return;
    await this.report(generation, { type: 'page-snapshot', pageUrl: url, html, requested });
  }

  private nextIdlePeriod(): Promise<IdleDeadline> {
    return new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }));
  }

  private settle(generation: number, status: PageStatus): void {
    if (generation === this.generation) this.status = status;
  }

  /**
   * Sends the copy; the background's reply says what the page reported. Without a usable
   * reply (the extension was updated meanwhile, storage failed) the page stays unreported.
   */
  private async report(generation: number, message: PageSnapshotMessage): Promise<void> {
    const reply = (await sendToBackground(message)) as {
      ok: boolean;
      value?: TabReport;
    } | null;
    if (generation !== this.generation || !reply?.ok || !reply.value) return;
    this.status = reply.value.status;
    this.result = reply.value.result;
    this.reportedUrl = message.pageUrl;
  }
}

/**
 * Documents the analysis makes sense on: HTML pages, not XML, images, PDFs or text files.
 * Frames never get here: the manifest's content script is for top frames only (no all_frames),
 * which the browser enforces for free, where a `window.top` check costs each page about 3 ms of
 * script time in Chromium (bench:page).
 */
export function isAnalysablePage(doc: Document, url: string): boolean {
  if (doc.contentType !== 'text/html' || !doc.documentElement) return false;
  // No regular expression: V8 compiles each on its first use in a script world (word-lookup.ts).
  return url.startsWith('https:') || url.startsWith('http:');
}
