/**
 * Routes every runtime message: checks the sender, validates the message (messaging/guards.ts),
 * then hands it to the manager that owns the concern. Anything refused is logged with its
 * reason and answered with an error; nothing a page sends can crash the background.
 */
import { browser } from 'wxt/browser';
import { classifySender, parseMessage, RefusedMessage, type SenderInfo } from '../messaging/guards';
import {
  STORAGE_FULL,
  STORAGE_UNAVAILABLE,
  type BackgroundRequest,
  type Reply,
} from '../messaging/protocol';
import { StorageFullError } from '../storage/ingest';
import { clearAll, deleteArticle, dismissUrl } from '../storage/queries';
import { ImportError, importJson } from '../storage/exchange';
import { openBanRadarDb, StorageUnavailableError } from '../storage/db';
import { dataChanged } from './data-changes';
import { acceptPageSnapshot, askTab, resetTab } from './page-reports';

type Sender = SenderInfo;

export async function routeMessage(raw: unknown, sender: Sender): Promise<Reply> {
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!kind) return refuse('unknown sender', sender);
  let message: BackgroundRequest;
  try {
    message = parseMessage(raw, kind);
  } catch (error) {
    if (error instanceof RefusedMessage) return refuse(error.message, sender);
    throw error;
  }
  try {
    return { ok: true, value: await dispatch(message, sender) };
  } catch (error) {
    return { ok: false, error: errorCode(error) };
  }
}

function refuse(reason: string, sender: Sender): Reply {
  console.warn(`Ban Radar refused a message (${reason}) from`, sender.url ?? sender.id);
  return { ok: false, error: `refused: ${reason}` };
}

function errorCode(error: unknown): string {
  if (error instanceof StorageFullError) return STORAGE_FULL;
  if (error instanceof StorageUnavailableError) return STORAGE_UNAVAILABLE;
  // An unusable import file is the user's to fix; its message says why.
  if (error instanceof ImportError) return error.message;
  console.error('Ban Radar: message failed', error);
  return error instanceof Error ? error.message : String(error);
}

async function dispatch(message: BackgroundRequest, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'page-snapshot':
      // classifySender guarantees a tab id for content-script messages.
      return acceptPageSnapshot(sender.tab!.id!, message);
    case 'page-reset':
      return resetTab(sender.tab!.id!);
    case 'get-tab-report':
      return askTab(message.tabId, 'page-status');
    case 'analyze-tab':
      return askTab(message.tabId, 'analyze-now');
    case 'dismiss-article':
      await dismissUrl(await openBanRadarDb(), message.url, message.canonicalUrl);
      return afterDataChange(null);
    case 'delete-article':
      await deleteArticle(await openBanRadarDb(), message.articleId);
      return afterDataChange(null);
    case 'clear-all':
      await clearAll(await openBanRadarDb());
      return afterDataChange(null);
    case 'import-data':
      return afterDataChange(await importJson(await openBanRadarDb(), message.json, new Date()));
    default:
      return unreachable(message);
  }
}

async function afterDataChange<T>(value: T): Promise<T> {
  await dataChanged();
  return value;
}

function unreachable(message: never): never {
  throw new Error(`unhandled message ${JSON.stringify(message)}`);
}
