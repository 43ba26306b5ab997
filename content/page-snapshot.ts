/**
 * The page as HTML, for the background's analysis. Reading an article (Readability, dates,
 * gazetteers) takes 50 to 800 ms on real pages: too long for the page's main thread. So the
 * content script only copies the page, in idle-time slices, and the background analyses it.
 *
 * Serialising a whole page at once can itself take 80 ms, so the copy is made piece by piece: an
 * element with few descendants is copied whole (`outerHTML`), a bigger one is opened and its
 * children are copied in turn, and whenever the idle period runs low the walk waits for the next
 * one. Scripts, styles and media are left out (the analysis never reads them), except JSON-LD,
 * which often holds the publication date. Very large pages are copied up to a size limit: their
 * leading part is what gets analysed.
 */
import { MAX_SNAPSHOT_CHARS } from '../messaging/protocol';

/** The browser's IdleDeadline, or anything that says how much of a time slice is left. */
export interface TimeSlice {
  timeRemaining(): number;
}

export interface PageSnapshot {
  html: string;
  /** When the first slice began (performance.now()). */
  startedAt: number;
  /** Time spent copying, summed over the slices (without the waits between them). */
  busyMs: number;
}

/** Each slice is a performance measure, so bench:page can tell the long tasks it is part of. */
const SLICE_MEASURE = 'ban-radar:copy-slice';

/** An element with more descendants is opened rather than copied in one call. */
const MAX_ELEMENTS_PER_COPY = 300;
/** Below this depth everything is copied whole: a hostile 10,000-deep tree is not walked. */
const MAX_OPEN_DEPTH = 64;
/** Time left in a slice below which the walk waits for the next one. */
const MIN_SLICE_MS = 4;
/**
 * The longest slice, whatever the idle period offers (up to 50 ms): the last step may overrun,
 * and a task over 50 ms is a long task the user can feel.
 */
const MAX_SLICE_MS = 20;

/** Elements the analysis never reads; JSON-LD scripts and the canonical link are kept. */
const LEFT_OUT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'source',
  'link',
]);
const LEFT_OUT_SELECTOR = [...LEFT_OUT]
  .map((name) =>
    name === 'script'
      ? 'script:not([type="application/ld+json"])'
      : name === 'link'
        ? 'link:not([rel="canonical"])'
        : name,
  )
  .join(', ');

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): node is Text => node.nodeType === 3;

function leftOut(element: Element): boolean {
  const name = element.localName;
  if (name === 'script') return element.getAttribute('type') !== 'application/ld+json';
  // <link rel="canonical"> names the article's URL; stylesheets and preloads are noise.
  if (name === 'link') return element.getAttribute('rel') !== 'canonical';
  return LEFT_OUT.has(name);
}

const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');

/** `<div class="x">` without its content and end tag. */
function openTag(element: Element): string {
  const html = (element.cloneNode(false) as Element).outerHTML;
  const end = `</${element.localName}>`;
  return html.endsWith(end) ? html.slice(0, -end.length) : html;
}

/** Whether `root` has more than `limit` descendant elements; visits at most limit + 1 of them. */
function hasMoreElementsThan(root: Element, limit: number): boolean {
  let count = 0;
  let element: Element | null = root.firstElementChild;
  while (element) {
    if (++count > limit) return true;
    element = nextInTree(element, root);
  }
  return false;
}

/** The element after `element` in document order, staying inside `root`. */
function nextInTree(element: Element, root: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

type Step = { node: Node; depth: number } | { end: string };

/**
 * Copies `doc` as HTML. `nextSlice` waits for the next time slice (an idle period) and returns
 * it; the copy starts by waiting for one.
 */
export async function snapshotPage(
  doc: Document,
  nextSlice: () => Promise<TimeSlice>,
  maxChars = MAX_SNAPSHOT_CHARS,
): Promise<PageSnapshot> {
  const parts: string[] = ['<!DOCTYPE html>'];
  let size = 0;
  let busyMs = 0;
  let startedAt: number | null = null;
  const emit = (html: string): void => {
    parts.push(html);
    size += html.length;
  };
  const root = doc.documentElement;
  const stack: Step[] = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length && size < maxChars) {
    const slice = await nextSlice();
    const started = performance.now();
    startedAt ??= started;
    // At least one step per slice, so an idle callback that fired on its timeout still helps.
    do {
      copyStep(stack.pop()!, stack, emit);
    } while (
      stack.length &&
      size < maxChars &&
      slice.timeRemaining() > MIN_SLICE_MS &&
      performance.now() - started < MAX_SLICE_MS
    );
    const duration = performance.now() - started;
    performance.measure(SLICE_MEASURE, { start: started, duration });
    busyMs += duration;
  }
  const started = performance.now();
  const html = parts.join('').slice(0, maxChars);
  return { html, startedAt: startedAt ?? started, busyMs: busyMs + performance.now() - started };
}

function copyStep(step: Step, stack: Step[], emit: (html: string) => void): void {
  if ('end' in step) return emit(step.end);
  const { node, depth } = step;
  if (isText(node)) return emit(escapeText(node.data));
  if (!isElement(node) || leftOut(node)) return;
  // Open an element that is large or holds something left out; copy any other one whole.
  const open =
    depth < MAX_OPEN_DEPTH &&
    (hasMoreElementsThan(node, MAX_ELEMENTS_PER_COPY) || node.querySelector(LEFT_OUT_SELECTOR));
  if (!open) return emit(node.outerHTML);
  emit(openTag(node));
  stack.push({ end: `</${node.localName}>` });
  for (let child = node.lastChild; child; child = child.previousSibling) {
    stack.push({ node: child, depth: depth + 1 });
  }
}
