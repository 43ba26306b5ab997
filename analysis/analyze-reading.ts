/**
 * The text half of the analysis: language → sentences → events → detection, from a PageReading
 * (read-page.ts). No DOM and no browser APIs, so the extension runs it in the background, where
 * its tables stay built from one page to the next.
 */
import { detect } from './detect';
import { extractDrafts, finalizeEvents } from './extract';
import { detectLang } from './lang';
import { MAX_TITLE_CHARS, type PageReading } from './types';
import { splitParagraphs } from './sentences';
import type { AnalysisResult } from './types';

/** Bounds the per-sentence work (dates, cues) on text made of very short sentences. */
const MAX_SENTENCES = 300;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function withoutEvents(reading: PageReading): AnalysisResult {
  return {
    isBanArticle: false,
    score: 0,
    lang: null,
    published: null,
    title: reading.title,
    url: reading.url,
    siteName: null,
    events: [],
  };
}

function analyzeText(reading: PageReading, now: Date): AnalysisResult {
  const { text, published } = reading;
  const base = withoutEvents(reading);
  if (!text) return base;
  const lang = detectLang(text.declaredLang, [text.title, ...text.paragraphs].join('\n'));
  const result = {
    ...base,
    title: text.title.slice(0, MAX_TITLE_CHARS),
    siteName: text.siteName,
    lang,
  };
  if (!lang) return result;
  const reference = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : now;
  const sentences = splitParagraphs(text.paragraphs).slice(0, MAX_SENTENCES);
  const { drafts, restrictionSentences, titleApps, titleAppIndex, articleKind } = extractDrafts(
    { paragraphs: text.paragraphs, sentences, title: text.title, lang, reference },
    isoDay(reference),
  );
  const events = finalizeEvents(drafts, articleKind);
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

/**
 * The events a reading reports, resolved against its publication date (or `now`, the visit,
 * when it has none). Never throws: text the engine cannot handle reads as "no ban here".
 */
export function analyzeReading(reading: PageReading, options: { now: Date }): AnalysisResult {
  try {
    return analyzeText(reading, options.now);
  } catch {
    return withoutEvents(reading);
  }
}
