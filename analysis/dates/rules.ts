/**
 * Corrections on top of chrono-node. Month-precision phrases ("Mitte November", "end of
 * September", "im März 2023": chrono's German, French and Portuguese have no month-name parser,
 * and its others read a bare "May"/"march" as a date), years ("in 2019"), "this month", and the
 * weekdays chrono finds, resolved the way news means them ("ab kommenden Sonntag" is the coming
 * Sunday, "am Mittwoch" in a report the last one).
 */
import type { Lang } from '../types';
import type { Candidate } from './candidate';
import {
  type CalendarDate,
  addDays,
  formatDay,
  formatMonth,
  yearForMonth,
  weekdayOf,
} from './calendar';
import {
  type Direction,
  WORD_END,
  WORD_START,
  cachedRegex,
  hasFutureCue,
  leadingRole,
  yearLean,
} from './context';
import { type DateLexicon, LEXICONS } from './lexicon';

const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
/** A number that goes on ("2019.5", "2000,00") or is a percentage is not a year. */
const NOT_A_NUMBER_TAIL = '(?![.,]\\d|\\s?%)';

const group = (alternatives: readonly string[]): string =>
  alternatives.map((alternative) => `(${alternative})`).join('|');

/** Index (0-based) of the first defined capture among `count` groups starting at `first`. */
function capturedIndex(match: RegExpExecArray, first: number, count: number): number {
  for (let offset = 0; offset < count; offset++) {
    if (match[first + offset] !== undefined) return offset;
  }
  return -1;
}

/** English and German write months capitalised; lower case "may"/"march" are verbs. */
function monthCaseOk(lang: Lang, token: string): boolean {
  return (lang !== 'en' && lang !== 'de') || token[0] === token[0]?.toUpperCase();
}

function monthRegex(lang: Lang, lex: DateLexicon): RegExp {
  return cachedRegex(`month:${lang}`, () => {
    const part = `(?:(${lex.monthPart})\\s*)?`;
    const glue = lex.monthYearGlue ? `(?:\\s+(?:${lex.monthYearGlue}))?` : '';
    const year = `(?:,?${glue}\\s+(${YEAR})${NOT_A_NUMBER_TAIL})?`;
    return `${WORD_START}${part}(?:${group(lex.months)})${year}${WORD_END}`;
  });
}

function introBefore(text: string, index: number, lang: Lang, lex: DateLexicon): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  return cachedRegex(
    `monthIntro:${lang}`,
    () => `${WORD_START}(?:${lex.monthIntro}|${lex.from}|${lex.until})\\s+$`,
    'iu',
  ).test(before);
}

/** "Mitte November", "a finales de septiembre", "in March 2023", "im Dezember", "April 2017". */
export function monthCandidates(text: string, lang: Lang, reference: CalendarDate): Candidate[] {
  const lex = LEXICONS[lang];
  const found: Candidate[] = [];
  for (const match of text.matchAll(monthRegex(lang, lex))) {
    const monthIndex = capturedIndex(match, 2, 12);
    const token = match[monthIndex + 2] ?? '';
    const part = match[1];
    const yearText = match[14];
    const index = match.index;
    if (!monthCaseOk(lang, token)) continue;
    // A bare month name needs a cue that it is a date: "in May", not "May" the name or verb.
    if (!part && !yearText && !introBefore(text, index, lang, lex)) continue;
    const month = monthIndex + 1;
    const year = yearText
      ? Number(yearText)
      : yearForMonth(month, reference, yearLean(text, index, lang));
    const date = formatMonth(year, month);
    found.push({
      index,
      end: index + match[0].length,
      date,
      ...(yearText ? {} : { yearless: true }),
    });
  }
  return found;
}

/** "in 2019", "im Jahr 2019", "en 2019", "the 2016 election". */
export function yearCandidates(text: string, lang: Lang): Candidate[] {
  const lex = LEXICONS[lang];
  const regex = cachedRegex(
    `year:${lang}`,
    () => `${WORD_START}(?:${lex.yearIntro})\\s+(${YEAR})${NOT_A_NUMBER_TAIL}${WORD_END}`,
  );
  return [...text.matchAll(regex)].map((match) => {
    const end = match.index + match[0].length;
    const year = match[1] ?? '';
    return { index: end - year.length, end, date: year };
  });
}

/** "this month", "dieses Monats", "este mes": the reference's month. */
export function thisMonthCandidates(
  text: string,
  lang: Lang,
  reference: CalendarDate,
): Candidate[] {
  const lex = LEXICONS[lang];
  const regex = cachedRegex(
    `thisMonth:${lang}`,
    () => `${WORD_START}(?:${lex.thisMonth})${WORD_END}`,
  );
  const date = formatMonth(reference.year, reference.month);
  return [...text.matchAll(regex)].map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
    date,
  }));
}

/** `(?<name>words)` joined by `|`, leaving out empty word lists. */
function namedAlternatives(entries: ReadonlyArray<[string, string | undefined]>): string {
  return entries
    .filter(([, words]) => words)
    .map(([name, words]) => `(?<${name}>${words})`)
    .join('|');
}

function weekdayRegex(lang: Lang, lex: DateLexicon): RegExp {
  return cachedRegex(`weekday:${lang}`, () => {
    const before = namedAlternatives([
      ['nextBefore', lex.nextBefore],
      ['lastBefore', lex.lastBefore],
    ]);
    const after = namedAlternatives([
      ['nextAfter', lex.nextAfter],
      ['lastAfter', lex.lastAfter],
    ]);
    const days = lex.weekdays.map((names, index) => `(?<d${index}>${names})`).join('|');
    return (
      `${WORD_START}${before ? `(?:(?:${before})\\s+)?` : ''}(?:${days})` +
      `${lex.weekdaySuffix ?? ''}${after ? `(?:\\s+(?:${after}))?` : ''}${WORD_END}`
    );
  });
}

/** Days to move from `from` to the weekday `target`, in the given direction. */
function weekdayOffset(
  from: number,
  target: number,
  direction: Direction,
  strict: boolean,
): number {
  const ahead = (target - from + 7) % 7;
  const back = (from - target + 7) % 7;
  if (direction === 'forward') return ahead === 0 && strict ? 7 : ahead;
  if (direction === 'backward') return back === 0 && strict ? -7 : -back;
  return ahead <= back ? ahead : -back;
}

/**
 * Which way a weekday points: an explicit "kommenden"/"last" wins, then the preposition
 * ("ab Sonntag" forward, "seit Mittwoch" back, "bis Sonntag" the nearer), then the tense of the
 * sentence. Without any cue news reports the past week: "am Mittwoch" is the latest Wednesday.
 */
function weekdayDirection(
  text: string,
  index: number,
  lang: Lang,
  explicit: Direction | null,
): Direction {
  if (explicit) return explicit;
  const { direction } = leadingRole(text, index, lang);
  if (direction) return direction;
  return hasFutureCue(text, index, lang) ? 'forward' : 'backward';
}

/** Where chrono-node found a weekday (its date is not used: news means it differently). */
export interface WeekdaySpan {
  index: number;
  end: number;
}

/** A weekday with a part of the day glued on ("Samstagabend"), which chrono does not read. */
function isCompound(match: RegExpExecArray, groups: Record<string, string | undefined>): boolean {
  const name = Object.entries(groups).find(([key, value]) => /^d\d$/.test(key) && value)?.[1];
  if (!name) return false;
  const after = match[0].slice(match[0].indexOf(name) + name.length);
  return /^\p{L}/u.test(after);
}

/**
 * The weekdays chrono found (`found`), re-read the way news means them: "ab kommenden Sonntag"
 * and "nächsten Sonntag" are the coming Sunday, "am Mittwoch" in a report the last one; a German
 * abbreviation ("So", "Di") chrono takes for a weekday is dropped (full names only). Also
 * "Samstagabend", which chrono misses.
 */
export function weekdayCandidates(
  text: string,
  lang: Lang,
  reference: CalendarDate,
  found: readonly WeekdaySpan[],
): Candidate[] {
  const lex = LEXICONS[lang];
  const referenceWeekday = weekdayOf(reference);
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(weekdayRegex(lang, lex))) {
    const groups = match.groups ?? {};
    const index = match.index;
    const end = index + match[0].length;
    const byChrono = found.some((span) => span.index < end && index < span.end);
    if (!byChrono && !isCompound(match, groups)) continue;
    const explicit: Direction | null =
      groups.nextBefore || groups.nextAfter
        ? 'forward'
        : groups.lastBefore || groups.lastAfter
          ? 'backward'
          : null;
    const direction = weekdayDirection(text, index, lang, explicit);
    const target = [0, 1, 2, 3, 4, 5, 6].findIndex((day) => groups[`d${day}`] !== undefined);
    const offset = weekdayOffset(referenceWeekday, target, direction, explicit !== null);
    candidates.push({ index, end, date: formatDay(addDays(reference, offset)) });
  }
  return candidates;
}
