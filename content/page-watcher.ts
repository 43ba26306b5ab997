/**
 * What the content script does on a page: wait until the page is idle, run the cheap gate,
 * and only on candidate pages copy the page (in idle-time slices, page-snapshot.ts) and send
 * the copy to the background, which analyses it off the page's main thread. Ordinary pages
 * cost a gate run and nothing else: no storage read, no message.
 *
 * Single-page sites: every `wxt:locationchange` starts a new generation; work begun for the
 * old URL is dropped, so its results are never attributed to the new one.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { gatePage } from '../analysis/gate';
import type { AnalysisResult } from '../analysis/types';
import type { ContentScriptRequest, PageSnapshotMessage, TabReport } from '../messaging/protocol';
import { isExcludedHost, loadSettings } from '../settings/settings';
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

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    this.scheduleGate(0);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.onLocationChange());
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const request = message as ContentScriptRequest;
      if (request?.type === 'page-status') sendResponse(this.tabReport());
      else if (request?.type === 'analyze-now') {
        this.analyzeNow().then(sendResponse, () => sendResponse(this.tabReport()));
      } else return false;
      return true;
    });
  }

  private tabReport(): TabReport {
    const status = this.status === 'pending' ? 'skipped' : this.status;
    return { status, pageUrl: location.href, result: this.result };
  }

  private onLocationChange(): void {
    this.generation++;
    this.status = 'pending';
    this.result = null;
    if (this.reportedUrl) {
      this.reportedUrl = null;
      void browser.runtime.sendMessage({ type: 'page-reset' }).catch(() => undefined);
    }
    this.scheduleGate(SPA_SETTLE_MS);
  }

  private scheduleGate(delayMs: number): void {
    const generation = this.generation;
    const whenIdle = () =>
      this.ctx.requestIdleCallback(() => void this.runGate(generation), {
        timeout: IDLE_TIMEOUT_MS,
      });
    // Where the user blocks page JavaScript, Chromium never runs a content script's timers, but
    // idle callbacks still fire: so no timer unless there is a reason to wait.
    if (delayMs > 0) this.ctx.setTimeout(whenIdle, delayMs);
    else whenIdle();
  }

  private async runGate(generation: number): Promise<void> {
    if (generation !== this.generation || this.ctx.isInvalid) return;
    performance.mark('ban-radar:gate-start');
    const gate = gatePage(document, location.href);
    performance.measure('ban-radar:gate', 'ban-radar:gate-start');
    if (!gate.candidate) {
      this.status = 'skipped';
      return;
    }
    await this.analyze(generation);
  }

  private async analyzeNow(): Promise<TabReport> {
    this.generation++;
    await this.analyze(this.generation);
    return this.tabReport();
  }

  private async analyze(generation: number): Promise<void> {
    const settings = await loadSettings();
    if (settings.paused) return this.settle(generation, 'paused');
    if (isExcludedHost(location.hostname, settings.excludedSites)) {
      return this.settle(generation, 'excluded');
    }
    const pageUrl = location.href;
    const { html, startedAt, busyMs } = await snapshotPage(document, () => this.nextIdlePeriod());
    // The content script's share of the analysis, without the waits between slices.
    performance.measure('ban-radar:analysis', { start: startedAt, duration: busyMs });
    if (generation !== this.generation || this.ctx.isInvalid) return;
    await this.report(generation, { type: 'page-snapshot', pageUrl, html });
  }

  private nextIdlePeriod(): Promise<IdleDeadline> {
    return new Promise((resolve) =>
      this.ctx.requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }),
    );
  }

  private settle(generation: number, status: PageStatus): void {
    if (generation === this.generation) this.status = status;
  }

  /**
   * Sends the copy; the background's reply says what the page reported. Without a usable
   * reply (the extension was updated meanwhile, storage failed) the page stays unreported.
   */
  private async report(generation: number, message: PageSnapshotMessage): Promise<void> {
    const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as {
      ok: boolean;
      value?: TabReport;
    } | null;
    if (generation !== this.generation || !reply?.ok || !reply.value) return;
    this.status = reply.value.status;
    this.result = reply.value.result;
    this.reportedUrl = message.pageUrl;
  }
}

/** Documents the analysis makes sense on: HTML pages, not XML, images, PDFs or text files. */
export function isAnalysablePage(doc: Document, url: string): boolean {
  if (window.top !== window) return false;
  if (doc.contentType !== 'text/html' || !doc.documentElement) return false;
  return /^https?:/.test(url);
}
