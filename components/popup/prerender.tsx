/**
 * The popup's first screen rendered ahead of time, as HTML. Loading React takes the popup most
 * of its first 100 ms, so the background renders, whenever it refreshes the first-screen
 * snapshot, exactly what the popup's first render over that snapshot will be: the same
 * component, the same props, the database read still pending. The popup's entry shows this
 * markup at once and React then hydrates it (components/popup/mount.tsx), adopting the DOM
 * instead of building it again.
 *
 * Page text in it is escaped by React's renderer like everywhere else in the UI; the markup
 * comes only from here and is kept where pages and content scripts cannot write
 * (timeline/first-screen.ts).
 */
import { renderToString } from 'react-dom/server';
import type { StoredData } from '../stored-data';
import type { FirstScreen, FirstScreenMarkup } from '../../timeline/first-screen';
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
  return { locale, html };
}
