import { isAnalysablePage, PageWatcher } from '../content/page-watcher';

export default defineContentScript({
  // Every web page: a news article can be anywhere. Top frame only (allFrames defaults to
  // false); file:// pages are not matched, so local files are never read.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's legacy window.postMessage on start-up reaches every page's message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!isAnalysablePage(document, location.href)) return;
    new PageWatcher(ctx).start();
  },
});
