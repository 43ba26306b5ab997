/**
 * The base parser: chrono-node, one locale per language (never the main entry, which bundles
 * every locale). chrono finds the day-precise dates ("20 September 2020", "Sept. 20",
 * "18.09.2020", "9/18/2020", "today", "vor zwei Tagen", "in 3 days") and the bare weekdays; this
 * file turns its results into candidates, infers missing years the news way, splits merged
 * ranges, and drops what chrono reads wrong on news text (times of day, "9/11", "may 5", "3
 * hours ago", "a few weeks ago", "last night"). Which day a bare weekday means is decided in
 * rules.ts; month-precision phrases and durations from an anchor are corrections of their own.
 */
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as it from 'chrono-node/it';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import type { Lang } from '../types';
import type { Candidate } from './candidate';
import { type CalendarDate, formatDay, isValidDate, yearForDay } from './calendar';
import { WORD_END, WORD_START, cachedRegex, yearLean } from './context';
import { LEXICONS } from './lexicon';
import type { WeekdaySpan } from './rules';

type ChronoResult = ReturnType<typeof en.parse>[number];
type ChronoComponents = ChronoResult['start'];

const PARSERS: Readonly<Record<Lang, { parse: typeof en.parse }>> = {
  en: en.casual,
  de: de.casual,
  fr: fr.casual,
  es: es.casual,
  it: it.casual,
  pt: pt.casual,
  nl: nl.casual,
};

/** Words chrono keeps in front of a date that belong to the sentence ("am", "on the", "le"). */
const LEADING_WORDS: Readonly<Record<Lang, RegExp>> = {
  en: /^(?:\s+|(?:on|the|at)\s+)+/iu,
  de: /^(?:\s+|(?:am|an|dem|den)\s+)+/iu,
  fr: /^(?:\s+|le\s+)+/iu,
  es: /^(?:\s+|el\s+)+/iu,
  it: /^(?:\s+|(?:il|lo)\s+)+/iu,
  pt: /^(?:\s+|(?:em|no|na|o|dia)\s+)+/iu,
  nl: /^(?:\s+|op\s+)+/iu,
};

/** "in the day" has no amount: these do not count as "one" before a unit. */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'el', 'il', 'o', 'de']);

/** Parts of a day chrono's English reads as a date ("last night", "this morning"). */
const PART_OF_DAY = /(?<![\p{L}])(?:night|morning|afternoon|evening)(?![\p{L}])/iu;

/** The word of chrono's "ago" forms, per language (see isRelativeDay). */
const AGO: Readonly<Record<Lang, string>> = {
  en: 'ago',
  de: 'vor',
  fr: 'il y a',
  es: 'hace',
  it: 'fa',
  pt: 'há',
  nl: 'geleden',
};

/** Amounts too vague to count back by: "vor wenigen Wochen", "a few days ago". */
const VAGUE =
  /(?<![\p{L}\p{N}])(?:few|several|some|wenigen|einigen|mehreren|paar|quelques|plusieurs|unos|unas|varios|varias|alcuni|alcune|qualche|alguns|algumas|vários|várias|enkele|paar)(?![\p{L}\p{N}])/iu;

/** Articles between a weekday and its date: "Montag, dem 20. März", "Sunday, the 20th". */
const WEEKDAY_ARTICLE = '(?:(?:the|dem|den|le|el|il|o|de)\\s+)?';

/**
 * The casual references that are days; the others are parts of a day ("Morgen" in "vorgestern,
 * morgen" is a morning, "last night", "now").
 */
const CASUAL_DAYS: ReadonlySet<string> = new Set([
  'casualReference/today',
  'casualReference/yesterday',
  'casualReference/tomorrow',
  'casualReference/tonight',
]);

/** Between the two dates of a range chrono merged ("20. bis 22. September", "1er au 5"). */
const RANGE_SEPARATOR =
  /\s*[-–—]\s*|\s+(?:to|until|till|through|bis|bis zum|au|jusqu'au|al|hasta el|hasta|a|fino al|tot en met|tot|até|e|and|und|et|y|en)\s+/iu;

/** English and German write months capitalised: "may 5" is no date. */
function lowerCaseMonth(text: string, lang: Lang): boolean {
  if (lang !== 'en' && lang !== 'de') return false;
  const regex = cachedRegex(
    `chronoMonth:${lang}`,
    () => `${WORD_START}(?:${LEXICONS[lang].months.join('|')})${WORD_END}`,
  );
  return [...text.matchAll(regex)].some((match) => /^\p{Ll}/u.test(match[0]));
}

/** A German "am Morgen", Spanish "por la mañana": the guard word makes it a time of day. */
function guarded(text: string, index: number, lang: Lang): boolean {
  const guard = LEXICONS[lang].relativeDayGuard;
  if (!guard) return false;
  return cachedRegex(`chronoGuard:${lang}`, () => `${WORD_START}(?:${guard})\\s+$`, 'iu').test(
    text.slice(Math.max(0, index - 12), index),
  );
}

function utcDay(date: Date): string {
  return formatDay({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

interface Span {
  text: string;
  lang: Lang;
  reference: CalendarDate;
}

/** A candidate for one side of a chrono result; a missing year is inferred the news way. */
function fromComponents(
  span: Span,
  components: ChronoComponents,
  index: number,
  end: number,
): Candidate | null {
  const month = components.get('month');
  const day = components.get('day');
  if (month === null || day === null) return null;
  const yearless = !components.isCertain('year');
  const year = yearless
    ? yearForDay(month, day, span.reference, yearLean(span.text, index, span.lang))
    : components.get('year');
  if (year === null || !isValidDate({ year, month, day })) return null;
  return {
    index,
    end,
    date: formatDay({ year, month, day }),
    ...(yearless ? { yearless: true } : {}),
  };
}

/** Whether chrono read a day-precise date (not a weekday, month, time or forward duration). */
function isDayDate(
  components: ChronoComponents,
  phrase: string,
  span: Span,
  index: number,
  inRange: boolean,
): boolean {
  const tags = [...components.tags()];
  const casual = tags.filter((tag) => tag.startsWith('casualReference/'));
  if (casual.some((tag) => !CASUAL_DAYS.has(tag))) return false;
  if (span.lang === 'en' && !/\d/.test(phrase) && PART_OF_DAY.test(phrase)) return false;
  if (!components.isCertain('month') || lowerCaseMonth(phrase, span.lang)) return false;
  if (tags.includes('result/relativeDate')) return isRelativeDay(components, phrase, span.lang);
  if (!components.isCertain('day')) return false;
  // "9/11", "24/7", "3/4": a bare pair of numbers is no date (days.ts reads "am 18.9."), unless
  // it starts a range ("20. bis 22. September").
  if (!components.isCertain('year') && !/\p{L}/u.test(phrase)) {
    // "19:02 - 19 febbraio": the end of a clock time does not start a range.
    if (!inRange || /[\d:.]$/u.test(span.text.slice(0, index))) return false;
  }
  return /\d/.test(phrase) || !guarded(span.text, index, span.lang);
}

/**
 * Of chrono's relative phrases, "vor zwei Tagen", "three months ago" count back from the
 * article's date and "in 3 days", "binnen 45 dagen" forward (durations.ts counts the latter from
 * an earlier date of the sentence instead, and wins where it does). Hours and minutes ("3 hours
 * ago", "after 60 minutes") move no calendar date; "45 days after <date>" and "for six months"
 * are durations.ts's or no dates; "a few weeks ago" is too vague.
 */
function isRelativeDay(components: ChronoComponents, phrase: string, lang: Lang): boolean {
  if (components.isCertain('hour') || components.isCertain('minute')) return false;
  if (components.tags().has('result/relativeDateAndTime') || VAGUE.test(phrase)) return false;
  const lex = LEXICONS[lang];
  const ago = cachedRegex(`chronoAgo:${lang}`, () => `${WORD_START}${AGO[lang]}${WORD_END}`, 'iu');
  const one = lex.one.split('|').filter((word) => !DEFINITE_ARTICLES.has(word));
  const amount = `(?:\\d+|${[...Object.keys(lex.numbers), ...one].join('|')})`;
  const ahead = cachedRegex(
    `chronoAhead:${lang}`,
    () => `^(?:${lex.within}|${lex.inTime})\\s+${amount}\\s`,
    'iu',
  );
  return ago.test(phrase) || ahead.test(phrase);
}

/** A candidate for one side of a result, or null when chrono read no usable day there. */
function sideCandidate(
  span: Span,
  components: ChronoComponents,
  index: number,
  end: number,
  inRange = false,
): Candidate | null {
  const phrase = span.text.slice(index, end);
  if (!isDayDate(components, phrase, span, index, inRange)) return null;
  if (components.tags().has('result/relativeDate')) {
    return { index, end, date: utcDay(components.date()) };
  }
  const candidate = fromComponents(span, components, index, end);
  return candidate && withWeekday(span, candidate);
}

/**
 * A weekday written right before the date ("Montag, dem 20. März", "Fr., 25.9.2020") is part
 * of the phrase, though the date decides; German abbreviations count only here.
 */
function withWeekday(span: Span, candidate: Candidate): Candidate {
  const { lang, text } = span;
  const lex = LEXICONS[lang];
  const regex = cachedRegex(
    `chronoWeekday:${lang}`,
    () =>
      `${WORD_START}(?:${lex.weekdays.join('|')}|${lex.weekdayShort})\\.?,?\\s+${WEEKDAY_ARTICLE}$`,
    'iu',
  );
  const match = regex.exec(text.slice(Math.max(0, candidate.index - 24), candidate.index));
  return match ? { ...candidate, index: candidate.index - match[0].length } : candidate;
}

/** A weekday alone ("Sonntag", "next Sunday", "So"): rules.ts decides which one is meant. */
function isWeekdayOnly(components: ChronoComponents): boolean {
  return components.isCertain('weekday') && !components.isCertain('day');
}

/** Candidates for one chrono result: a range gives its two ends when they can be told apart. */
function resultCandidates(span: Span, result: ChronoResult, weekdays: WeekdaySpan[]): Candidate[] {
  const leading = LEADING_WORDS[span.lang].exec(result.text)?.[0].length ?? 0;
  const index = result.index + leading;
  const phrase = result.text.slice(leading).trimEnd();
  const end = index + phrase.length;
  if (!phrase) return [];
  const { start, end: last } = result;
  if (!last) {
    const candidate = sideCandidate(span, start, index, end);
    return candidate ? [candidate] : [];
  }
  const separator = RANGE_SEPARATOR.exec(phrase.slice(1));
  if (separator) {
    const splitAt = index + 1 + separator.index;
    if (isWeekdayOnly(start)) weekdays.push({ index, end: splitAt });
    const first = sideCandidate(span, start, index, splitAt, true);
    const second = sideCandidate(span, last, splitAt + separator[0].length, end, true);
    return [first, second].filter((candidate): candidate is Candidate => candidate !== null);
  }
  const whole = sideCandidate(span, start, index, end, true);
  const until = last.isCertain('day') ? fromComponents(span, last, index, end) : null;
  if (!whole) return [];
  return [until ? { ...whole, endDate: until.date } : whole];
}

export interface ChronoDates {
  /** Day-precise dates, years inferred where none is written. */
  days: Candidate[];
  /** Where chrono read a weekday alone; rules.ts resolves these. */
  weekdays: WeekdaySpan[];
}

/** What chrono finds in `text`: day-precise dates, and the places of bare weekdays. */
export function chronoDates(
  text: string,
  lang: Lang,
  reference: CalendarDate,
  instant: Date,
): ChronoDates {
  const span: Span = { text, lang, reference };
  const dates: ChronoDates = { days: [], weekdays: [] };
  for (const result of PARSERS[lang].parse(text, { instant, timezone: 0 })) {
    if (isWeekdayOnly(result.start) && !result.end) {
      dates.weekdays.push({ index: result.index, end: result.index + result.text.length });
    } else {
      dates.days.push(...resultCandidates(span, result, dates.weekdays));
    }
  }
  return dates;
}
