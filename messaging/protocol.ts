/**
 * The one message protocol shared by content script, background, popup and options.
 * Every message is a plain object with a `type`; the background validates each one
 * (messaging/guards.ts) before it touches the database.
 */
import type { AnalysisResult } from '../analysis/types';

/** A content script's report of the page it analysed. */
export interface PageReportMessage {
  type: 'page-report';
  /** The URL of the document that was analysed (location.href at analysis time). */
  pageUrl: string;
  result: AnalysisResult;
}

/** Popup → background: run the analysis on a tab now, skipping the gate. */
export interface AnalyzeTabMessage {
  type: 'analyze-tab';
  tabId: number;
}

/** Background → content script: analyse this page now, skipping the gate. */
export interface AnalyzeNowMessage {
  type: 'analyze-now';
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

/** Options → background: settings changed (alarms must be recreated). */
export interface SettingsChangedMessage {
  type: 'settings-changed';
}

export type ExtensionMessage =
  | PageReportMessage
  | AnalyzeTabMessage
  | AnalyzeNowMessage
  | GetTabReportMessage
  | DismissArticleMessage
  | DeleteArticleMessage
  | ClearAllMessage
  | ImportDataMessage
  | SettingsChangedMessage;

/** Every reply has this envelope, so callers can tell refusal from failure from success. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
