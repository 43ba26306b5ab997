/**
 * The one message protocol shared by content script, background, popup and options.
 * Every message is a plain object with a `type`; the background validates each one
 * (messaging/guards.ts) before it touches the database.
 */
import type { AnalysisResult } from '../analysis/types';

/**
 * Content script → background: a copy of a candidate page as HTML (content/page-snapshot.ts).
 * The background analyses it off the page's main thread, stores a ban article's events and
 * replies with the TabReport.
 */
export interface PageSnapshotMessage {
  type: 'page-snapshot';
  /** The URL of the document that was copied (document.URL when the copy began). */
  pageUrl: string;
  html: string;
  /**
   * The user asked for this analysis (Analyse this page): paused detection and excluded sites,
   * which keep Ban Radar from reading pages on its own, do not stop it.
   */
  requested?: boolean;
}

/** The most HTML a snapshot carries (content/page-snapshot.ts stops there). */
export const MAX_SNAPSHOT_CHARS = 2_000_000;

/** Content script → background: a single-page site left the reported page; clear its badge. */
export interface PageResetMessage {
  type: 'page-reset';
}

/** Popup → background: run the analysis on a tab now, skipping the gate. */
export interface AnalyzeTabMessage {
  type: 'analyze-tab';
  tabId: number;
}

/** Popup → background: what did this tab report? */
export interface GetTabReportMessage {
  type: 'get-tab-report';
  tabId: number;
}

/** Popup → background: not relevant; remove its events and never add it again. */
export interface DismissArticleMessage {
  type: 'dismiss-article';
  url: string;
  /** The canonical URL the page declared (AMP and mobile pages are stored under it). */
  canonicalUrl?: string | null;
}

/** Options → background: delete one stored article (and its events). */
export interface DeleteArticleMessage {
  type: 'delete-article';
  articleId: string;
}

/** Options → background: empty the database. */
export interface ClearAllMessage {
  type: 'clear-all';
}

/** Options → background: merge an export file's contents. */
export interface ImportDataMessage {
  type: 'import-data';
  /** The file's text, parsed and validated in the background. */
  json: string;
}

/** Messages the background accepts (from content scripts or extension pages). */
export type BackgroundRequest =
  | PageSnapshotMessage
  | PageResetMessage
  | AnalyzeTabMessage
  | GetTabReportMessage
  | DismissArticleMessage
  | DeleteArticleMessage
  | ClearAllMessage
  | ImportDataMessage;

/**
 * Background → content script, through the page's handle: what happened on this page so far
 * ('page-status'), or analyse it now, skipping the gate ('analyze-now'). Both answer with a
 * TabReport.
 */
export type PageRequest = 'page-status' | 'analyze-now';

/**
 * The name of the content script's handle in its isolated world. The background calls it with
 * scripting.executeScript, which runs in that same world (pages cannot see it). A message
 * listener would do the same, but it loads the extension API on every page a person opens.
 */
export const PAGE_HANDLE = 'banRadarPage';

export type PageHandle = (request: PageRequest) => TabReport | Promise<TabReport>;

/** Error codes a reply may carry, so pages can explain storage problems to the user. */
export const STORAGE_FULL = 'storage-full';
export const STORAGE_UNAVAILABLE = 'storage-unavailable';

/** Every reply has this envelope, so callers can tell refusal from failure from success. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** What the background knows about a tab, for the popup's "This page" section. */
export interface TabReport {
  /**
   * reported: the page was analysed (result below); skipped: the gate found nothing to analyse;
   * paused / excluded: the user's settings stopped it; unread: a web page without our content
   * script (open before the extension started), which an analysis on request can still read;
   * unsupported: a page no script can read (browser pages, PDF viewer); dismissed: the user
   * marked it not relevant.
   */
  status: 'reported' | 'skipped' | 'paused' | 'excluded' | 'unread' | 'unsupported' | 'dismissed';
  pageUrl: string | null;
  result: AnalysisResult | null;
}
