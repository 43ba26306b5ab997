/**
 * HTML text → a Document the analysis can read, without a browser: linkedom, a DOM written in
 * plain JavaScript. Its worker build has no Node dependencies, so the same parser serves the
 * CLI, the tests and the extension's background (a service worker in Chrome has no DOMParser).
 */
import { DOMParser } from 'linkedom/worker';

export function parseHtml(html: string): Document {
  // linkedom's Document implements the DOM interfaces the engine reads.
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
