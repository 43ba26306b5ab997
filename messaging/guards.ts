/**
 * The background's first line of defence: who sent a message, and is it well-formed?
 * A content script runs next to untrusted pages (Chromium assumes its renderer may be
 * compromised), so everything it sends is validated before anything touches the database.
 */
import { DEFAULT_MAX_CHARS, type PageReading, type PageText } from '../analysis/types';
import { checkText, httpUrlOrNull, isDayDate, LIMITS } from '../storage/validate';
import type { BackgroundRequest } from './protocol';

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
  'content-script': new Set(['page-reading', 'page-reset']),
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
    case 'page-reading': {
      if (!isBoundedString(raw.pageUrl, MAX_URL_LENGTH) || !isHttpUrl(raw.pageUrl)) return null;
      if (typeof raw.userAsked !== 'boolean') return null;
      const reading = sanitizePageReading(raw.reading);
      return reading ? { type, pageUrl: raw.pageUrl, reading, userAsked: raw.userAsked } : null;
    }
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

/**
 * More paragraphs than a reading of DEFAULT_MAX_CHARS characters can hold is no reading our
 * content script makes: the message is refused whole, like one over the character budget.
 */
const MAX_PARAGRAPHS = 5000;
const MAX_LANG_TAG = 100;

const optionalPlainText = (value: unknown, max: number): string | null => {
  if (value === null) return null;
  const text = checkText(value, '', max, 'truncate');
  return text.ok && text.value ? text.value : null;
};

function sanitizePageText(raw: unknown): PageText | null {
  if (!isRecord(raw) || !Array.isArray(raw.paragraphs)) return null;
  const { paragraphs } = raw;
  if (paragraphs.length > MAX_PARAGRAPHS) return null;
  if (!paragraphs.every((p): p is string => typeof p === 'string')) return null;
  if (paragraphs.reduce((sum, p) => sum + p.length, 0) > DEFAULT_MAX_CHARS) return null;
  const title = checkText(raw.title, 'title', LIMITS.title, 'truncate');
  if (!title.ok) return null;
  const lang = raw.declaredLang;
  return {
    title: title.value,
    paragraphs,
    siteName: optionalPlainText(raw.siteName, LIMITS.siteName),
    declaredLang: typeof lang === 'string' && lang.length <= MAX_LANG_TAG ? lang : null,
  };
}

/**
 * A content script's reading of its page, or null when its shape or size is wrong. The text
 * is analysed in the background, so it is bounded here: the analysis of a forged message costs
 * no more than that of a real page.
 */
export function sanitizePageReading(raw: unknown): PageReading | null {
  if (!isRecord(raw)) return null;
  const title = checkText(raw.title, 'title', LIMITS.title, 'truncate');
  if (!title.ok) return null;
  const text = raw.text === null ? null : sanitizePageText(raw.text);
  if (raw.text !== null && !text) return null;
  return {
    title: title.value,
    url: httpUrlOrNull(raw.url),
    text,
    published: isDayDate(raw.published) ? raw.published : null,
  };
}
