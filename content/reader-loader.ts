/**
 * The page reader (Readability and the publication-date finder) is most of what the content
 * script needs on a candidate page, and most pages never need it. The content script ships only
 * the gate; pages that pass it load `reader.js` (entrypoints/reader.ts) once, through a dynamic
 * import of the web-accessible file. The module runs in the content script's isolated world and
 * leaves its API on that world's global object, where only the content script can see it.
 */
import { browser } from 'wxt/browser';
import { READER_GLOBAL, type PageReader } from './reader-global';

type ReaderHost = typeof globalThis & { [READER_GLOBAL]?: PageReader };

let loading: Promise<PageReader> | null = null;

export function loadReader(): Promise<PageReader> {
  loading ??= importReader().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function importReader(): Promise<PageReader> {
  const host = globalThis as ReaderHost;
  if (!host[READER_GLOBAL]) {
    await import(/* @vite-ignore */ browser.runtime.getURL('/reader.js'));
  }
  const reader = host[READER_GLOBAL];
  if (!reader) throw new Error('reader.js did not register itself');
  return reader;
}
