/**
 * The publication date of a page, found the way htmldate does: machine-readable meta tags, then
 * JSON-LD, then <time> and microdata, then the visible byline, then the URL. Cheap (no
 * Readability) and bounded: it reads a capped number of elements and characters.
 */
import { type CalendarDate, formatDay, isValidDate } from './calendar';

/** Meta names/properties that carry the first publication (never the modification) date. */
const PUBLISHED_META = new Set([
  'article:published_time',
  'article:published',
  'og:published_time',
  'og:article:published_time',
  'published_time',
  'published-date',
  'publish_date',
  'publish-date',
  'publishdate',
  'publication_date',
  'pubdate',
  'pub_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dc.created',
  'dcterms.created',
  'dcterms.date',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'datepublished',
  'date_published',
  'citation_publication_date',
  'citation_date',
  'originalpublicationdate',
  'article_date_original',
  'rnews:datepublished',
  'displaydate',
  'release_date',
]);

/** Elements whose text is likely the byline or dateline. */
const BYLINE_SELECTOR = [
  '[class*="byline" i]',
  '[class*="date" i]',
  '[class*="publish" i]',
  '[class*="posted" i]',
  '[class*="meta" i]',
  '[class*="time" i]',
  '[id*="date" i]',
  '[id*="byline" i]',
].join(',');

const MAX_ELEMENTS = 400;
const MAX_SCRIPT_CHARS = 200_000;
const MAX_TEXT_CHARS = 300;
const MAX_BYLINE_CHILDREN = 12;
const EARLIEST_YEAR = 1995;
/** Publishers' clocks and time zones run a little ahead; anything later is a typo or a trap. */
const FUTURE_SLACK_MS = 2 * 86_400_000;

/** Month names and usual abbreviations in the supported languages, January first. */
const MONTH_NAMES: readonly string[] = [
  'january jan januar jänner janvier janv enero ene gennaio gen janeiro januari',
  'february feb februar février fevrier févr febrero febbraio fevereiro fev februari',
  'march mar märz maerz mrz mars marzo março marco maart mrt',
  'april apr avril avr abril abr aprile',
  'may mai mayo mag maggio maio mei',
  'june jun juni juin junio giu giugno junho',
  'july jul juli juillet juil julio lug luglio julho',
  'august aug août aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre set settembre setembro',
  'october oct oktober okt octobre octubre ottobre ott outubro out',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro',
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);

const MONTH_WORD = '([\\p{L}]{3,10})\\.?';
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'u',
);
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;
const URL_DATE = /\/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[/\-_.]|$)/;

function plausible(date: CalendarDate): string | null {
  if (date.year < EARLIEST_YEAR || !isValidDate(date)) return null;
  const time = Date.UTC(date.year, date.month - 1, date.day);
  return time > Date.now() + FUTURE_SLACK_MS ? null : formatDay(date);
}

const numbers = (...parts: Array<string | undefined>): number[] => parts.map(Number);

/** A machine-readable value: ISO 8601 ("2020-09-18T14:33:00+02:00"), or what Date.parse takes. */
export function parseMachineDate(value: string): string | null {
  const iso = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(value);
  if (iso) {
    const [year = 0, month = 0, day = 0] = numbers(iso[1], iso[2], iso[3]);
    return plausible({ year, month, day });
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return parseVisibleDate(value, false);
  const date = new Date(parsed);
  return plausible({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

function monthFromWord(word: string | undefined): number {
  return MONTH_BY_NAME.get((word ?? '').toLowerCase()) ?? 0;
}

/**
 * A date as a byline shows it: "18. September 2020", "18 de septiembre de 2020",
 * "September 18, 2020", "18.09.2020, 14:33 Uhr", "2020-09-18". `monthFirst` reads 9/18/2020.
 */
export function parseVisibleDate(text: string, monthFirst: boolean): string | null {
  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  if (dayMonthYear && monthFromWord(dayMonthYear[2])) {
    const [day = 0, year = 0] = numbers(dayMonthYear[1], dayMonthYear[3]);
    return plausible({ year, month: monthFromWord(dayMonthYear[2]), day });
  }
  const monthDayYear = MONTH_DAY_YEAR.exec(text);
  if (monthDayYear && monthFromWord(monthDayYear[1])) {
    const [day = 0, year = 0] = numbers(monthDayYear[2], monthDayYear[3]);
    return plausible({ year, month: monthFromWord(monthDayYear[1]), day });
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [year = 0, month = 0, day = 0] = numbers(iso[1], iso[2], iso[3]);
    return plausible({ year, month, day });
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return null;
  const [first = 0, second = 0, year = 0] = numbers(numeric[1], numeric[2], numeric[3]);
  // Day-first everywhere but in US English, unless the numbers only fit the other way.
  const dayFirst = second > 12 ? false : first > 12 ? true : !monthFirst;
  return plausible(
    dayFirst ? { year, month: second, day: first } : { year, month: first, day: second },
  );
}

function fromMeta(doc: Document): string | null {
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < Math.min(metas.length, MAX_ELEMENTS); i++) {
    const meta = metas[i];
    const key = (
      meta?.getAttribute('property') ??
      meta?.getAttribute('name') ??
      meta?.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = meta?.getAttribute('content');
    if (!content || !PUBLISHED_META.has(key)) continue;
    const date = parseMachineDate(content.slice(0, MAX_TEXT_CHARS));
    if (date) return date;
  }
  return null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `datePublished` of the most article-like node; nodes may sit in arrays or in `@graph`. */
function datePublishedIn(root: Json): string | null {
  let fallback: string | null = null;
  const stack: Array<{ node: Json; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (node === null || typeof node !== 'object' || depth > 6) continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
    if (Array.isArray(node) || typeof node.datePublished !== 'string') continue;
    const date = parseMachineDate(node.datePublished);
    if (date && /Article|Posting|Report|Blog/i.test(String(node['@type']))) return date;
    fallback ??= date;
  }
  return fallback;
}

function fromJsonLd(doc: Document): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < Math.min(scripts.length, 20); i++) {
    const source = (scripts[i]?.textContent ?? '').slice(0, MAX_SCRIPT_CHARS);
    let date: string | null;
    try {
      date = datePublishedIn(JSON.parse(source) as Json);
    } catch {
      // Broken JSON is common (trailing commas, HTML entities): read the field directly.
      const raw = /"datePublished"\s*:\s*"([^"]{6,40})"/.exec(source);
      date = raw?.[1] ? parseMachineDate(raw[1]) : null;
    }
    if (date) return date;
  }
  return null;
}

/** `<time datetime>` and microdata, the publication one first. */
function fromTimeElements(doc: Document): string | null {
  const selectors = [
    '[itemprop="datePublished" i]',
    'time[pubdate]',
    'article time[datetime], header time[datetime], [class*="byline" i] time[datetime]',
    'time[datetime]',
    'abbr.published[title]',
  ];
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    const value =
      element?.getAttribute('datetime') ??
      element?.getAttribute('content') ??
      element?.getAttribute('title') ??
      element?.textContent;
    const date = value ? parseMachineDate(value.slice(0, MAX_TEXT_CHARS)) : null;
    if (date) return date;
  }
  return null;
}

function fromByline(doc: Document): string | null {
  const monthFirst = /^en-us/i.test(doc.documentElement?.getAttribute('lang') ?? '');
  const elements = doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? [];
  for (let i = 0; i < Math.min(elements.length, MAX_ELEMENTS); i++) {
    const element = elements[i];
    // A byline is a small element; a "meta" wrapper around the whole article is not worth the
    // cost of its text.
    if (!element || element.childElementCount > MAX_BYLINE_CHILDREN) continue;
    const text = (element.textContent ?? '').slice(0, MAX_TEXT_CHARS);
    const date = parseVisibleDate(text, monthFirst);
    if (date) return date;
  }
  return null;
}

function fromUrl(pageUrl: string): string | null {
  const match = URL_DATE.exec(pageUrl);
  if (!match) return null;
  const [year = 0, month = 0, day = 0] = numbers(match[1], match[2], match[3]);
  return plausible({ year, month, day });
}

/** The page's publication date as YYYY-MM-DD, or null when it shows none plausible. */
export function findPublishedDate(doc: Document, pageUrl: string): string | null {
  return (
    fromMeta(doc) ?? fromJsonLd(doc) ?? fromTimeElements(doc) ?? fromByline(doc) ?? fromUrl(pageUrl)
  );
}
