/**
 * The popup's and options page's only way to change data: a message to the background, which
 * validates it and owns every write. Transport failures (no background, closed port) come back
 * as a failed Reply, so callers handle one shape.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import {
  STORAGE_FULL,
  STORAGE_UNAVAILABLE,
  type BackgroundRequest,
  type Reply,
} from '../messaging/protocol';

export async function sendMessage<T>(message: BackgroundRequest): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: 'No reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A failed reply's error in words the user can act on; storage codes get their own text. */
export function describeError(error: string): string {
  if (error === STORAGE_FULL) return t('storageFull');
  if (error === STORAGE_UNAVAILABLE) return t('storageUnavailable');
  return t('actionFailed', error);
}
