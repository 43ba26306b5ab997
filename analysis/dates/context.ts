/**
 * What surrounds a date phrase: the preposition that gives it a role ("ab", "until", "dès"),
 * and the sentence it sits in (for tense cues and anchors of durations).
 */
import type { Lang } from '../types';
import type { Lean } from './calendar';
import { LEXICONS } from './lexicon';

export type DateRole = 'from' | 'until' | 'on';
/** Which way a bare weekday points: forward, backward, or whichever is nearer. */
export type Direction = 'forward' | 'backward' | 'nearest';

export interface LeadingRole {
  /** Where the preposition starts (the mention's index when there is none). */
  start: number;
  role: DateRole;
  direction: Direction | null;
}

/** Letters of the supported languages count as word characters, so "lunedì" is one word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Builds a case-insensitive Unicode regex once per language and key. */
const regexCache = new Map<string, RegExp>();
export function cachedRegex(key: string, build: () => string, flags = 'giu'): RegExp {
  let regex = regexCache.get(key);
  if (!regex) {
    // Lexicons write the apostrophe straight; news often sets it curly ("jusqu’au").
    regex = new RegExp(build().replaceAll("'", "['’]"), flags);
    regexCache.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

/** Articles that may sit between a preposition and the date ("ab dem", "until the"). */
const ARTICLES = "dem|der|den|the|le|la|l'|el|il|lo|o|a|de|het|del|al|do|da|ao|à";

function prepositionRegex(lang: Lang, alternation: string): RegExp | null {
  if (!alternation) return null;
  return cachedRegex(
    `prep:${lang}:${alternation}`,
    () => `${WORD_START}(?:${alternation})(?:\\s+(?:${ARTICLES}))?\\s+$`,
    'iu',
  );
}

const ROLE_TABLE: ReadonlyArray<{
  key: 'from' | 'since' | 'until';
  role: DateRole;
  direction: Direction;
}> = [
  { key: 'until', role: 'until', direction: 'nearest' },
  { key: 'since', role: 'from', direction: 'backward' },
  { key: 'from', role: 'from', direction: 'forward' },
];

/** The role-giving preposition right before `index`, if any. */
export function leadingRole(text: string, index: number, lang: Lang): LeadingRole {
  const before = text.slice(Math.max(0, index - 40), index);
  for (const { key, role, direction } of ROLE_TABLE) {
    const regex = prepositionRegex(lang, LEXICONS[lang][key]);
    const match = regex?.exec(before);
    if (match) return { start: index - before.length + match.index, role, direction };
  }
  return { start: index, role: 'on', direction: null };
}

/**
 * A full stop before a capital, except after an initial ("U.S. Judge") or a day number, which
 * German writes with a period ("am 14. August").
 */
const SENTENCE_BREAK =
  '(?<!(?:^|[^\\p{L}\\p{N}])(?:\\p{Lu}|\\d{1,2}))[.!?]["»”]?\\s+(?=[\\p{Lu}"«„])|\\n';

const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK, 'gu');
const FIRST_SENTENCE_BREAK = new RegExp(SENTENCE_BREAK, 'u');

/** Sentences longer than this are cut: news sentences are shorter, and it bounds the work. */
const MAX_SENTENCE = 600;

/** Start of the sentence containing `index`: after ". X", "! X", "? X" or a line break. */
export function sentenceStart(text: string, index: number): number {
  const regex = SENTENCE_BREAKS;
  regex.lastIndex = 0;
  const windowStart = Math.max(0, index - MAX_SENTENCE);
  let start = windowStart;
  // One character past `index` so the look-ahead sees the capital that starts this sentence.
  for (const match of text.slice(windowStart, index + 1).matchAll(regex)) {
    const end = windowStart + (match.index ?? 0) + match[0].length;
    if (end <= index) start = end;
  }
  return start;
}

/** End of the sentence containing `index`. */
function sentenceEnd(text: string, index: number): number {
  const regex = FIRST_SENTENCE_BREAK;
  const match = regex.exec(text.slice(index, index + MAX_SENTENCE));
  return match ? index + match.index : Math.min(text.length, index + MAX_SENTENCE);
}

/** True when the sentence around `index` speaks about the future ("will", "wird", "sera"). */
export function hasFutureCue(text: string, index: number, lang: Lang): boolean {
  const sentence = text.slice(sentenceStart(text, index), sentenceEnd(text, index));
  const future = LEXICONS[lang].future;
  return cachedRegex(`future:${lang}`, () => `${WORD_START}(?:${future})${WORD_END}`, 'iu').test(
    sentence,
  );
}

/**
 * How a year-less date in this place leans: a start ("ab", "from") looks ahead, "since" looks
 * back, a deadline takes the nearer year, and otherwise the tense of the sentence decides.
 */
export function yearLean(text: string, index: number, lang: Lang): Lean {
  const { direction } = leadingRole(text, index, lang);
  if (direction === 'forward') return 'future';
  if (direction === 'backward') return 'since';
  if (direction === 'nearest') return 'nearest';
  return hasFutureCue(text, index, lang) ? 'future' : 'past';
}
