/**
 * The analysis pipeline: gate → page text → language → publication date → sentences → events →
 * detection. DOM in, result out; no browser APIs, and the document is never modified.
 */
import { findPublishedDate } from './dates';
import { detect } from './detect';
import { extractDrafts, finalizeEvents } from './extract';
import { gatePage } from './gate';
import { detectLang } from './lang';
import { splitParagraphs } from './sentences';
import { extractPageText, pageTitle, type PageText } from './text';
import type { AnalysisResult } from './types';

export interface AnalyzeOptions {
  url: string;
  now: Date;
  /** skip the gate (user asked) */
  force?: boolean;
  /** cap on text read from huge pages */
  maxChars?: number;
}

/** News articles run to 5-15 thousand characters; more is page furniture or a hostile page. */
const DEFAULT_MAX_CHARS = 30_000;
/** Bounds the per-sentence work (dates, cues) on text made of very short sentences. */
const MAX_SENTENCES = 300;
const MAX_TITLE_CHARS = 300;

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

function emptyResult(doc: Document, options: AnalyzeOptions): AnalysisResult {
  let title = '';
  let url: string | null = null;
  try {
    title = pageTitle(doc).slice(0, MAX_TITLE_CHARS);
    url = pageUrl(doc, options.url);
  } catch {
    // A page too broken to read even its title is still a page without a ban.
  }
  return {
    isBanArticle: false,
    score: 0,
    lang: null,
    published: null,
    title,
    url,
    siteName: null,
    events: [],
  };
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** What the analysis needs from the DOM, read in one go. */
interface PageReading {
  base: AnalysisResult;
  /** null when the gate turned the page away. */
  text: PageText | null;
  published: string | null;
}

function readPage(doc: Document, options: AnalyzeOptions): PageReading {
  const base = emptyResult(doc, options);
  if (!options.force && !gatePage(doc, options.url).candidate) {
    return { base, text: null, published: null };
  }
  const text = extractPageText(doc, options.maxChars ?? DEFAULT_MAX_CHARS);
  return { base, text, published: findPublishedDate(doc, options.url) };
}

function analyzeReadingUnchecked(reading: PageReading, options: AnalyzeOptions): AnalysisResult {
  const { base, text, published } = reading;
  if (!text) return base;
  const lang = detectLang(text.declaredLang, [text.title, ...text.paragraphs].join('\n'));
  const result = {
    ...base,
    title: text.title.slice(0, MAX_TITLE_CHARS),
    siteName: text.siteName,
    lang,
  };
  if (!lang) return result;
  const reference = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : options.now;
  const sentences = splitParagraphs(text.paragraphs).slice(0, MAX_SENTENCES);
  const { drafts, restrictionSentences, titleApps, titleAppIndex, articleKind } = extractDrafts(
    { paragraphs: text.paragraphs, sentences, title: text.title, lang, reference },
    isoDay(reference),
  );
  const events = finalizeEvents(drafts, articleKind, titleApps);
  const detection = detect({
    title: text.title,
    lang,
    sentences: sentences.map((s) => s.text),
    restrictionSentences,
    titleApps,
    titleAppIndex,
    points: new Set(events.map((e) => `${e.app}|${e.jurisdiction}|${e.date}`)).size,
  });
  return {
    ...result,
    published,
    isBanArticle: detection.isBanArticle,
    score: detection.score,
    events: detection.isBanArticle ? events : [],
  };
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions): AnalysisResult {
  try {
    return analyzeReadingUnchecked(readPage(doc, options), options);
  } catch {
    // A hostile or broken page must never break the caller: it reads as "no ban here".
    return emptyResult(doc, options);
  }
}
