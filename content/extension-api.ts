/**
 * The extension API for the content script, looked up on first use rather than when the script
 * loads. In Chromium the first touch of the extension API in a page builds its bindings, about
 * 2 ms of script time (bench:page), and an ordinary page never needs it: only a page that passes
 * the gate reads the settings and sends its copy.
 */
import type { browser } from 'wxt/browser';

export type ExtensionApi = typeof browser;

export function extensionApi(): ExtensionApi {
  // The choice @wxt-dev/browser makes: Firefox's `browser`, else Chrome MV3's promise-based
  // `chrome`.
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime?.id ? scope.browser : (scope.chrome as ExtensionApi);
}

/**
 * Sends a message to the background; null when there is no answer. Once the extension is
 * updated or removed, a page's old content script has no extension to talk to, and the call
 * throws at once rather than rejecting.
 */
export async function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return await extensionApi().runtime.sendMessage(message);
  } catch {
    return null;
  }
}
