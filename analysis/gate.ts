/**
 * The cheap first look at a page, run by the content script on every page. It must stay small
 * (no Readability parser, no chrono; of the gazetteer only the app table and its alias index)
 * and fast: it reads only the title, the meta description and the first paragraphs, and asks
 * two questions: does the page look like an article, and does its opening talk about
 * restricting an app or online service that it names?
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { namesAnyApp } from './gazetteer/gate-names';

export interface GateResult {
  candidate: boolean;
  reason: string;
}

/** How much of the opening the keyword check reads: the headline and the first long paragraphs. */
const LEAD_CHARS = 3000;
/**
 * How much of the lead must name the app: a ban article names it in its headline, description
 * or first paragraphs. Less text to look through is less work on every page that gets this far.
 */
const NAMED_LEAD_CHARS = 2500;
/** Shorter paragraphs are menus, bylines and captions on real pages. */
const MIN_PARAGRAPH_CHARS = 80;
/** Bounds the scan on pages made of thousands of tiny paragraphs. */
const MAX_PARAGRAPHS_SCANNED = 400;

/**
 * Restriction words in the seven languages, as stems: ban/block/prohibit/suspend/restrict and
 * the words for lifting or delaying such a measure (articles about a lifted ban still count).
 */
export const RESTRICTION_STEMS =
  /\b(?:ban(?:s|ned|ning)?\b|block|prohibit|outlaw|suspen|restrict|barr?(?:ed|ing|s)?\b|pull(?:s|ed)? from|remov(?:e|ed|al|ing) (?:\S+ )?from|delet|verbo|verbiet|verb(?:a|o)nn|sperr|blockier|untersag|ausgesetzt|setzt\b|das aus\b|droht|interdi|bloqu|bann|restrei|prohib|proib|veta|viet|divieto|blocc|sospe|oscura|disattiv|di nuovo accessibil|torna disponibil|banid|bani\b|verbied|verbod|blokk|geblokkeerd|weert|weren|schors|lift|lev[ée]|levant|revoca|aufheb|aufgehoben|hebt|opgeheven|heft|deadline|frist|plazo|prazo|termijn|postpone|verschoben|aufgeschoben|verlängert|prórroga|prorroga)/i;

/** Words that say the thing restricted is an app or online service rather than a vape or a car. */
export const SERVICE_WORDS =
  /\b(?:apps?\b|app-|application|anwendung|aplica|applicazion|aplicativ|platform|plataforma|piattaforma|plateforme|social|sozial|messeng|messag|chatbot|netzwerk|network|r[ée]seau|rede\b|red\b|dienst|service|servizio|servicio|servi[çc]o|software|website|site\b|sito|online|internet|download|store|tienda|loja|negozio)/i;

function leadText(doc: Document): string {
  const parts: string[] = [(doc.title ?? '').slice(0, LEAD_CHARS)];
  const description = doc.querySelector(
    'meta[name="description"], meta[property="og:description"]',
  );
  parts.push((description?.getAttribute('content') ?? '').slice(0, LEAD_CHARS));
  const heading = doc.querySelector('h1');
  parts.push((heading?.textContent ?? '').slice(0, LEAD_CHARS));
  let length = 0;
  // A live collection read by index: only the first paragraphs are visited, where
  // querySelectorAll would first collect every <p> of a long page.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < MAX_PARAGRAPHS_SCANNED && length < LEAD_CHARS; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    const text = (paragraph.textContent ?? '').slice(0, LEAD_CHARS);
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    parts.push(text);
    length += text.length;
  }
  return parts.join('\n');
}

/** Visibility as Readability's own check sees it, without layout (works in Node DOMs too). */
function isVisible(node: Node): boolean {
  const element = node as Element;
  if (typeof element.getAttribute !== 'function') return true;
  if (element.hasAttribute('hidden')) return false;
  const style = element.getAttribute('style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function gatePage(doc: Document, url: string): GateResult {
  if (!/^(?:https?|file):/i.test(url)) return { candidate: false, reason: 'not a web page' };
  if (!doc.body) return { candidate: false, reason: 'no body' };
  const lead = leadText(doc);
  if (!RESTRICTION_STEMS.test(lead)) return { candidate: false, reason: 'no restriction word' };
  if (!SERVICE_WORDS.test(lead)) return { candidate: false, reason: 'no app or service word' };
  if (!namesAnyApp(lead.slice(0, NAMED_LEAD_CHARS))) {
    return { candidate: false, reason: 'no app named' };
  }
  // Short news items fall below Readability's default threshold: ask for less.
  if (
    !isProbablyReaderable(doc, {
      minContentLength: 100,
      minScore: 10,
      visibilityChecker: isVisible,
    })
  )
    return { candidate: false, reason: 'not an article' };
  return { candidate: true, reason: 'restriction words in an article' };
}
