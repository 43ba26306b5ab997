/**
 * The DOM half of the analysis: everything it needs from a page, read in one go (Readability on
 * a clone, the headline, the publication date). In the extension this half runs in the page's
 * content script, the only place with the DOM; the text half (analyze-reading.ts) runs in the
 * background, off the page's main thread. A PageReading is plain data, so it can cross between
 * the two as a message.
 */
import { findPublishedDate } from './dates/published';
import { gatePage } from './gate';
import { extractPageText, pageTitle } from './text';
import { DEFAULT_MAX_CHARS, MAX_TITLE_CHARS, type PageReading } from './types';

export interface ReadOptions {
  /** The page's own URL (location.href). */
  url: string;
  /** Skip the gate (the user asked, or the gate already passed). */
  force?: boolean;
  /** Cap on text read from huge pages. */
  maxChars?: number;
}

function httpUrl(candidate: string | null | undefined, base?: string): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The canonical URL when it is a safe http(s) one, else the page's own URL if that is. */
export function pageUrl(doc: Document, url: string): string | null {
  const own = httpUrl(url);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return httpUrl(canonical, own ?? undefined) ?? own;
}

/** Title and URL only: what is left of a page that was not (or could not be) read. */
function unreadPage(doc: Document, url: string): PageReading {
  let title = '';
  let canonical: string | null = null;
  try {
    title = pageTitle(doc).slice(0, MAX_TITLE_CHARS);
    canonical = pageUrl(doc, url);
  } catch {
    // A page too broken to read even its title is still a page without a ban.
  }
  return { title, url: canonical, text: null, published: null };
}

/** Reads the page; never throws (a hostile or broken page reads as a page without text). */
export function readPage(doc: Document, options: ReadOptions): PageReading {
  const unread = unreadPage(doc, options.url);
  try {
    if (!options.force && !gatePage(doc, options.url).candidate) return unread;
    const text = extractPageText(doc, options.maxChars ?? DEFAULT_MAX_CHARS);
    return { ...unread, text, published: findPublishedDate(doc, options.url) };
  } catch {
    return unread;
  }
}
