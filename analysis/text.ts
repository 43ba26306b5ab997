/**
 * The readable text of a page: the headline, the article's paragraphs from Readability (run on a
 * clone, since parse() rewrites the document), and the lead paragraphs and meta description that
 * Readability sometimes drops (its issues #776, #901) although ban dates often sit exactly there.
 */
import { Readability } from '@mozilla/readability';

export interface PageText {
  title: string;
  /** Article paragraphs in reading order, whitespace-normalised, leads first. */
  paragraphs: string[];
  siteName: string | null;
  /** The `<html lang>` value, if any. */
  declaredLang: string | null;
}

/**
 * Bounds beyond which Readability is too slow for a content script (it recurses through the
 * tree and runs regular expressions over whole text nodes); the lead paragraphs must do then.
 */
const MAX_ELEMENTS = 30_000;
const MAX_DEPTH = 300;
const MAX_READABLE_CHARS = 1_000_000;
const LEAD_PARAGRAPHS = 6;
const MAX_META_CHARS = 2000;
const MIN_LEAD_CHARS = 60;
const BLOCK_SELECTOR = 'p, li, h2, h3, h4, blockquote, pre, td';
/** Page chrome whose paragraphs are never article leads. */
const CHROME_SELECTOR =
  'nav, header, footer, aside, form, [role="dialog"], [class*="cookie"], [class*="comment"], [class*="teaser"], [class*="related"], [class*="newsletter"]';

export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Text of a node, cut before normalising so that a 20 MB node costs no more than a page. */
const nodeText = (node: Node, limit: number): string =>
  normalizeSpace((node.textContent ?? '').slice(0, limit));

/** The depth of the element tree, walked without recursion. */
function treeDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) return deepest;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return deepest;
}

function tooHeavyForReadability(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return true;
  // querySelectorAll: linkedom's getElementsByTagName('*') finds nothing.
  if (doc.querySelectorAll('*').length > MAX_ELEMENTS) return true;
  if ((doc.body?.textContent?.length ?? 0) > MAX_READABLE_CHARS) return true;
  return treeDepth(root) > MAX_DEPTH;
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? normalizeSpace(value.slice(0, MAX_META_CHARS)) : null;
}

/** The headline: Open Graph title, else the first <h1>, else <title> without the site suffix. */
export function pageTitle(doc: Document): string {
  const og = metaContent(doc, 'meta[property="og:title"]');
  if (og) return og;
  const h1 = doc.querySelector('h1');
  const heading = h1 ? nodeText(h1, MAX_META_CHARS) : '';
  if (heading) return heading;
  return normalizeSpace((doc.title ?? '').slice(0, MAX_META_CHARS)).replace(
    /\s+[|–—-]\s+[^|–—-]{2,40}$/,
    '',
  );
}

function blockTexts(root: ParentNode, limitChars: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const node of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    // Nested blocks (a <p> in an <li>) are read through their innermost element only.
    if (node.querySelector(BLOCK_SELECTOR)) continue;
    const text = nodeText(node, limitChars);
    if (!text) continue;
    out.push(text);
    total += text.length;
    if (total > limitChars) break;
  }
  return out;
}

function readabilityParagraphs(doc: Document, limitChars: number): string[] {
  if (tooHeavyForReadability(doc)) return [];
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      // Keep the element itself so that paragraphs stay separate.
      serializer: (node) => node as Element,
    }).parse();
    return article?.content ? blockTexts(article.content, limitChars) : [];
  } catch {
    // Readability throws on pages beyond maxElemsToParse and on odd DOMs: leads still work.
    return [];
  }
}

function leadParagraphs(doc: Document, limitChars: number): string[] {
  const out: string[] = [];
  for (const node of Array.from(doc.querySelectorAll('p'))) {
    if (node.closest(CHROME_SELECTOR)) continue;
    const text = nodeText(node, limitChars);
    if (text.length < MIN_LEAD_CHARS) continue;
    out.push(text);
    if (out.length >= LEAD_PARAGRAPHS) break;
  }
  return out;
}

/** Leads and description that the article body lacks go first, in page order. */
function mergeLeads(body: string[], leads: string[]): string[] {
  const joined = body.join('\n');
  const missing = leads.filter((lead) => !joined.includes(lead));
  return [...new Set([...missing, ...body])];
}

/** Paragraphs up to `maxChars` in total; the last one is cut to fit. */
function capParagraphs(paragraphs: readonly string[], maxChars: number): string[] {
  const out: string[] = [];
  let left = maxChars;
  for (const paragraph of paragraphs) {
    if (left <= 0) break;
    out.push(paragraph.slice(0, left));
    left -= paragraph.length;
  }
  return out;
}

export function extractPageText(doc: Document, maxChars: number): PageText {
  const title = pageTitle(doc).slice(0, 500);
  const body = readabilityParagraphs(doc, maxChars);
  const description =
    metaContent(doc, 'meta[name="description"]') ??
    metaContent(doc, 'meta[property="og:description"]');
  const leads = leadParagraphs(doc, maxChars);
  if (description && description.length >= MIN_LEAD_CHARS) leads.unshift(description);
  return {
    title,
    paragraphs: capParagraphs(mergeLeads(body, leads), maxChars),
    siteName: metaContent(doc, 'meta[property="og:site_name"]'),
    declaredLang: doc.documentElement?.getAttribute('lang') ?? null,
  };
}
