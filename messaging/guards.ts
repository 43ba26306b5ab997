/**
 * The background's first line of defence: who sent a message, and is it well-formed?
 * A content script runs next to untrusted pages (Chromium assumes its renderer may be
 * compromised), so everything it sends is validated before anything touches the database.
 */
import { MAX_SNAPSHOT_CHARS, type BackgroundRequest } from './protocol';

/** The parts of `runtime.MessageSender` the guards look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type SenderKind = 'content-script' | 'extension-page';

/** Messages each kind of sender may send; anything else is refused. */
const ALLOWED_TYPES: Record<SenderKind, ReadonlySet<BackgroundRequest['type']>> = {
  'content-script': new Set(['page-snapshot', 'page-reset']),
  'extension-page': new Set([
    'analyze-tab',
    'get-tab-report',
    'dismiss-article',
    'delete-article',
    'clear-all',
    'import-data',
  ]),
};

export const MAX_URL_LENGTH = 4096;
export const MAX_IMPORT_CHARS = 20_000_000;
const MAX_ID_LENGTH = 4096;

/**
 * Classifies the sender: our own extension pages (popup, options) or our content script in
 * the top frame of an http(s) tab. Returns null for anything else (other extensions,
 * web pages via externally_connectable, frames, unknown origins).
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  // The popup may also be open as a tab (sender.tab set): the origin decides, not the tab.
  if (sender.url.startsWith(extensionOrigin)) return 'extension-page';
  const fromTopFrame = sender.frameId === 0 || sender.frameId === undefined;
  if (typeof sender.tab?.id === 'number' && fromTopFrame && isHttpUrl(sender.url)) {
    return 'content-script';
  }
  return null;
}

export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTabId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const isBoundedString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** Why a message was refused, for the background's log. */
export class RefusedMessage extends Error {}

/**
 * Returns a clean copy of `raw` when `kind` may send it and its shape and sizes are valid;
 * throws RefusedMessage with the reason otherwise.
 */
export function parseMessage(raw: unknown, kind: SenderKind): BackgroundRequest {
  if (!isRecord(raw) || typeof raw.type !== 'string') throw new RefusedMessage('not a message');
  const type = raw.type as BackgroundRequest['type'];
  if (!ALLOWED_TYPES[kind].has(type))
    throw new RefusedMessage(`${kind} may not send "${raw.type}"`);
  const message = parseByType(raw, type);
  if (!message) throw new RefusedMessage(`malformed "${type}" message`);
  return message;
}

function parseByType(
  raw: Record<string, unknown>,
  type: BackgroundRequest['type'],
): BackgroundRequest | null {
  switch (type) {
    case 'page-snapshot':
      // The HTML itself is only parsed (never rendered or run), so its size is what to bound.
      return isBoundedString(raw.pageUrl, MAX_URL_LENGTH) &&
        isHttpUrl(raw.pageUrl) &&
        isBoundedString(raw.html, MAX_SNAPSHOT_CHARS) &&
        (raw.requested === undefined || typeof raw.requested === 'boolean')
        ? { type, pageUrl: raw.pageUrl, html: raw.html, requested: raw.requested === true }
        : null;
    case 'analyze-tab':
    case 'get-tab-report':
      return isTabId(raw.tabId) ? { type, tabId: raw.tabId } : null;
    case 'dismiss-article':
      return isBoundedString(raw.url, MAX_URL_LENGTH) && isHttpUrl(raw.url)
        ? { type, url: raw.url }
        : null;
    case 'delete-article':
      return isBoundedString(raw.articleId, MAX_ID_LENGTH)
        ? { type, articleId: raw.articleId }
        : null;
    case 'clear-all':
    case 'page-reset':
      return { type };
    case 'import-data':
      return isBoundedString(raw.json, MAX_IMPORT_CHARS) ? { type, json: raw.json } : null;
    default:
      return null;
  }
}
