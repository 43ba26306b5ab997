/**
 * The content script. It is an unlisted script that wxt.config.ts lists in the manifest itself:
 * WXT's content-script runtime (its context, its messaging with older copies of the script)
 * touches the extension API as it starts, which costs every page a person opens about 2 ms of
 * script time, and this script needs none of it on ordinary pages.
 */
import { pageUrl } from '../content/location-watcher';
import { isAnalysablePage, PageWatcher } from '../content/page-watcher';

export default defineUnlistedScript(() => {
  if (isAnalysablePage(document, pageUrl())) new PageWatcher().start();
});
