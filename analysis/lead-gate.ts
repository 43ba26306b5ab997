/**
 * The cheap first look at a page, run by the content script on every page. It must stay small
 * (no Readability, no chrono; of the gazetteer only the app names) and fast: it reads only the
 * title, the meta description and the first paragraphs, and asks whether they talk about
 * restricting an app or online service that they name. Whether the page is an article at all
 * is the background's question (gate.ts): few pages get that far, and Readability's check
 * cost every page its loading time.
 */
import { namesAnyApp } from './gazetteer/gate-names';
import { containsListedWord, wordList } from './word-lookup';

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
 * Restriction words in the seven languages, mostly as beginnings ("*"): ban/block/prohibit/
 * suspend/restrict and the words for lifting or delaying such a measure (articles about a
 * lifted ban still count).
 */
const RESTRICTION_WORDS = wordList([
  ...['ban', 'bans', 'bann*', 'block*', 'prohib*', 'outlaw*', 'suspen*'],
  ...['restrict*', 'bar', 'bars', 'barred', 'barring', 'delet*', 'postpone*', 'deadline*'],
  ...['pull from', 'pulls from', 'pulled from', 'lift*'],
  ...['remove * from', 'removes * from', 'removed * from', 'removing * from', 'removal * from'],
  // German (verbo* also finds the Dutch verbod)
  ...['verbo*', 'verbiet*', 'verbann*', 'verbonn*', 'sperr*', 'untersag*', 'ausgesetzt*'],
  ...['setzt', 'das aus', 'droht*', 'aufheb*', 'aufgehoben*', 'hebt*', 'frist*'],
  ...['verschoben*', 'aufgeschoben*', 'verlängert*'],
  // French, Spanish, Portuguese, Italian
  ...['interdi*', 'bloqu*', 'restrei*', 'proib*', 'veta*', 'viet*', 'divieto*', 'blocc*'],
  ...['sospe*', 'oscura*', 'disattiv*', 'di nuovo accessibil*', 'torna disponibil*', 'banid*'],
  ...['bani', 'leve*', 'levé*', 'levant*', 'revoca*', 'plazo*', 'prazo*', 'prórroga*'],
  ...['prorroga*'],
  // Dutch
  ...['verbied*', 'blokk*', 'geblokkeerd*', 'weert*', 'weren*', 'schors*'],
  ...['opgeheven*', 'heft*', 'termijn*'],
]);

/** Words that say the thing restricted is an app or online service rather than a vape or a car. */
const SERVICE_WORDS = wordList([
  ...['app', 'apps', 'application*', 'anwendung*', 'aplica*', 'applicazion*'],
  ...['aplicativ*', 'platform*', 'plataforma*', 'piattaforma*', 'plateforme*', 'social*'],
  ...['sozial*', 'messeng*', 'messag*', 'chatbot*', 'netzwerk*', 'network*', 'reseau*'],
  ...['réseau*', 'rede', 'red', 'dienst*', 'service*', 'servizio*', 'servicio*', 'servico*'],
  ...['serviço*', 'software*', 'website*', 'site', 'sito*', 'online*', 'internet*'],
  ...['download*', 'store*', 'tienda*', 'loja*', 'negozio*'],
]);

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

/** http(s) or file URLs, checked without a regular expression (word-lookup.ts says why). */
function isWebOrFileUrl(url: string): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'http:' || scheme === 'https:' || scheme === 'file:';
}

export function gateLead(doc: Document, url: string): GateResult {
  if (!isWebOrFileUrl(url)) return { candidate: false, reason: 'not a web page' };
  if (!doc.body) return { candidate: false, reason: 'no body' };
  const lead = leadText(doc);
  const lowerLead = lead.toLowerCase();
  if (!containsListedWord(lowerLead, RESTRICTION_WORDS)) {
    return { candidate: false, reason: 'no restriction word' };
  }
  if (!containsListedWord(lowerLead, SERVICE_WORDS)) {
    return { candidate: false, reason: 'no app or service word' };
  }
  if (!namesAnyApp(lead.slice(0, NAMED_LEAD_CHARS))) {
    return { candidate: false, reason: 'no app named' };
  }
  return { candidate: true, reason: 'restriction words in the lead' };
}
