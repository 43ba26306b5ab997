/**
 * The popup's first screen as the background prepared it (timeline/first-screen.ts): the
 * snapshot and its prerendered markup, from `storage.session`. The popup's entry reads it
 * before anything else, so this module stays small: no database code, no React.
 */
import { browser } from 'wxt/browser';
import { localIsoDate } from '../timeline/dates';
import { FIRST_SCREEN_KEY, parseFirstScreen, type FirstScreen } from '../timeline/first-screen';
import {
  FIRST_SCREEN_MARKUP_KEY,
  parseFirstScreenMarkup,
  type MarkupNode,
} from './popup/first-screen-markup';

/** The snapshot for today, and its markup when that was rendered in the popup's language. */
export interface FirstScreenRead {
  snapshot: FirstScreen;
  markup: MarkupNode[] | null;
}

/**
 * The first screen the background prepared, when there is a valid one for `today`'s local day,
 * else null (the page then waits for the full read). Never rejects.
 */
export async function readFirstScreen(
  today: Date,
  locale: string,
): Promise<FirstScreenRead | null> {
  try {
    const keys = [FIRST_SCREEN_KEY, FIRST_SCREEN_MARKUP_KEY];
    // Without a session area (an old browser) this throws: no shortcut then.
    const stored = await browser.storage.session.get(keys);
    const snapshot = parseFirstScreen(stored[FIRST_SCREEN_KEY]);
    if (snapshot?.day !== localIsoDate(today)) return null;
    const markup = parseFirstScreenMarkup(stored[FIRST_SCREEN_MARKUP_KEY]);
    return { snapshot, markup: markup?.locale === locale ? markup.nodes : null };
  } catch {
    return null; // Only a shortcut: the full read still comes.
  }
}
