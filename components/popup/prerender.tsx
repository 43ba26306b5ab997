/**
 * The popup's first screen rendered ahead of time, as HTML. Loading React takes the popup most
 * of its first 100 ms, so the background renders, whenever it refreshes the first-screen
 * snapshot, exactly what the popup's first render over that snapshot will be: the same
 * component, the same props, the database read still pending. The popup's entry builds that
 * markup at once and React then hydrates it (components/popup/mount.tsx), adopting the DOM
 * instead of building it again. It is stored as a tree of elements and texts
 * (first-screen-markup.ts), which the popup builds with DOM calls, never parsing HTML.
 */
import { renderToString } from 'react-dom/server';
import { parseHtml } from '../../analysis/parse-html';
import type { StoredData } from '../stored-data';
import type { FirstScreen } from '../../timeline/first-screen';
import { markupNodes, type FirstScreenMarkup } from './first-screen-markup';
import { PopupApp } from './PopupApp';

/** A read that never finishes: the first screen is what the popup shows before it does. */
const PENDING_READ = new Promise<StoredData>(() => undefined);

export function renderFirstScreenMarkup(
  snapshot: FirstScreen,
  today: Date,
  locale: string,
): FirstScreenMarkup {
  const html = renderToString(
    <PopupApp today={today} locale={locale} firstRead={PENDING_READ} firstScreen={snapshot} />,
  );
  // As a tree, not HTML: the popup builds it with DOM calls (first-screen-markup.ts). The
  // background's HTML parser is linkedom, as for page copies.
  const body = parseHtml(`<!doctype html><html><body>${html}</body></html>`).body;
  return { locale, nodes: markupNodes(body) };
}
