/**
 * Sentence splitting for news prose in the seven languages. A full stop ends a sentence when an
 * upper-case letter (or an opening quote) follows, except after abbreviations ("Dr.", "Sept.",
 * "U.S.", "p.m.") and after German-style ordinals before a month ("am 20. September").
 */

export interface Sentence {
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
  /** Offset of the sentence in the article text (paragraphs joined by PARAGRAPH_GAP). */
  start: number;
}

export const PARAGRAPH_GAP = '\n\n';

const ABBREVIATIONS = new Set(
  [
    // titles and common words
    'dr',
    'mr',
    'mrs',
    'ms',
    'prof',
    'gov',
    'sen',
    'rep',
    'st',
    'jr',
    'sr',
    'gen',
    'col',
    'lt',
    'mt',
    'no',
    'nr',
    'bzw',
    'ca',
    'vgl',
    'etc',
    'inc',
    'ltd',
    'co',
    'corp',
    'vs',
    'sr',
    'sra',
    'mme',
    'mm',
    'dott',
    'sig',
    'avv',
    'min',
    'art',
    'abs',
    'ziff',
    'bd',
    'hr',
    'fr',
    'hrsg',
    // months and weekdays
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'okt',
    'nov',
    'dec',
    'dez',
    'janv',
    'févr',
    'avr',
    'juil',
    'déc',
    'ene',
    'dic',
    'gen',
    'ott',
    'set',
    'out',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
  ].map((word) => word.toLowerCase()),
);

/** Words that may follow an ordinal number without ending the sentence ("am 20. September"). */
const MONTH_AFTER_ORDINAL =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\b/;

const CANDIDATE = /([.!?…]+)(["'”»)]*)\s+(?=["'“«(]?\p{Lu}|\d)/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /(\p{L}+)$/u.exec(before)?.[1];
  if (!word) return false;
  // "U.S." / "p.m." / single letters ("J. Smith") never end a sentence on their own.
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isBoundary(text: string, dotAt: number, punct: string, after: string): boolean {
  if (punct !== '.') return true;
  const before = text.slice(Math.max(0, dotAt - 40), dotAt);
  if (endsWithAbbreviation(before)) return false;
  return !(/(?:^|\s)\d{1,2}$/.test(before) && MONTH_AFTER_ORDINAL.test(after));
}

/** Sentences of one paragraph with their offsets in it. */
export function sentenceSpans(paragraph: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    const raw = paragraph.slice(from, to);
    const text = raw.trim();
    if (text) out.push({ text, start: from + raw.indexOf(text) });
  };
  for (const match of paragraph.matchAll(CANDIDATE)) {
    const dotAt = match.index;
    const punct = (match[1] ?? '').slice(-1);
    const end = dotAt + match[0].length;
    if (!isBoundary(paragraph, dotAt, punct, paragraph.slice(end))) continue;
    push(start, dotAt + (match[1]?.length ?? 0) + (match[2]?.length ?? 0));
    start = end;
  }
  push(start, paragraph.length);
  return out;
}

export function splitSentences(paragraph: string): string[] {
  return sentenceSpans(paragraph).map((span) => span.text);
}

/** The sentences of an article whose text is `paragraphs.join(PARAGRAPH_GAP)`. */
export function splitParagraphs(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((text, paragraph) => {
    for (const span of sentenceSpans(text))
      out.push({ text: span.text, paragraph, start: offset + span.start });
    offset += text.length + PARAGRAPH_GAP.length;
  });
  return out;
}
