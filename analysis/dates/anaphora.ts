/**
 * Dates that refer to the article's year or to a date mentioned before: "last year", "5 juni
 * vorig jaar", "em junho daquele ano", "ab diesem Tag", "from the same day", "a partir de esa
 * fecha". The engine then sees the date itself, not a dangling pointer.
 */
import type { Lang } from '../types';
import { type Candidate, yearOf } from './candidate';
import { type CalendarDate, addDays, formatDay, isValidDate } from './calendar';
import { WORD_END, WORD_START, cachedRegex } from './context';
import { type DateLexicon, LEXICONS } from './lexicon';

/** How far back a "that day" may point (about a paragraph). */
const BACK_REFERENCE_REACH = 800;

function yearWordsRegex(lang: Lang, lex: DateLexicon, anchored: boolean): RegExp {
  const words =
    `(?<last>${lex.lastYear})|(?<next>${lex.nextYear})|(?<this>${lex.thisYear})` +
    (anchored ? `|(?<same>${lex.sameYear})` : '');
  return anchored
    ? cachedRegex(`yearAfterDate:${lang}`, () => `^,?\\s+(?:${words})${WORD_END}`, 'iu')
    : cachedRegex(`yearWords:${lang}`, () => `${WORD_START}(?:${words})${WORD_END}`);
}

function relativeYear(groups: Record<string, string | undefined>, reference: CalendarDate): number {
  if (groups.last) return reference.year - 1;
  if (groups.next) return reference.year + 1;
  return reference.year;
}

/** "last year", "im vergangenen Jahr", "l'an dernier" on their own → YYYY. */
export function yearWordCandidates(text: string, lang: Lang, reference: CalendarDate): Candidate[] {
  const regex = yearWordsRegex(lang, LEXICONS[lang], false);
  return [...text.matchAll(regex)].map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
    date: String(relativeYear(match.groups ?? {}, reference)),
  }));
}

/** The year a year word stands for; "that year" takes the last date written with a year. */
function qualifiedYear(
  groups: Record<string, string | undefined>,
  reference: CalendarDate,
  earlier: readonly Candidate[],
): number | null {
  if (!groups.same) return relativeYear(groups, reference);
  const anchor = earlier.findLast((other) => !other.yearless);
  return anchor ? yearOf(anchor) : null;
}

function withYear(candidate: Candidate, year: number, end: number): Candidate | null {
  const date = `${year}${candidate.date.slice(4)}`;
  const [, month = 0, day = 1] = date.split('-').map(Number);
  if (!isValidDate({ year, month, day })) return null;
  return { index: candidate.index, end, date };
}

/**
 * Fixes the year of year-less dates followed by a year word: "5 juni vorig jaar",
 * "12. Dezember letzten Jahres", "em junho daquele ano" (the year of the date before, in the text
 * or in `before`, the dates of the text before it). `candidates` are sorted and non-overlapping;
 * so is the result.
 */
export function qualifyYears(
  text: string,
  lang: Lang,
  reference: CalendarDate,
  before: readonly Candidate[],
  candidates: readonly Candidate[],
): Candidate[] {
  const regex = yearWordsRegex(lang, LEXICONS[lang], true);
  const result: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = result.at(-1);
    // A year word swallowed by the date before it ("5 juni vorig jaar") is not a date itself.
    if (previous && candidate.index < previous.end) continue;
    const match = candidate.yearless
      ? regex.exec(text.slice(candidate.end, candidate.end + 40))
      : null;
    const earlier = [...before, ...result];
    const year = match && qualifiedYear(match.groups ?? {}, reference, earlier);
    const qualified =
      match && year ? withYear(candidate, year, candidate.end + match[0].length) : null;
    result.push(qualified ?? candidate);
  }
  return result;
}

/**
 * "the same day", "ab diesem Tag", "esa fecha" → the last day-precise date before;
 * "that year" → the year of the last date before.
 */
export function backReferenceCandidates(
  text: string,
  lang: Lang,
  anchors: readonly Candidate[],
): Candidate[] {
  const lex = LEXICONS[lang];
  const regex = cachedRegex(
    `backReference:${lang}`,
    () => `${WORD_START}(?:(?<day>${lex.sameDay})|(?<year>${lex.sameYear}))${WORD_END}`,
  );
  const found: Candidate[] = [];
  for (const match of text.matchAll(regex)) {
    const index = match.index;
    const wantsDay = Boolean(match.groups?.day);
    const anchor = anchors.findLast(
      (other) =>
        other.end <= index &&
        index - other.end <= BACK_REFERENCE_REACH &&
        (!wantsDay || other.date.length === 10),
    );
    if (!anchor) continue;
    const date = wantsDay ? anchor.date : anchor.date.slice(0, 4);
    found.push({ index, end: index + match[0].length, date });
  }
  return found;
}

/**
 * "on Feb. 3, the day after it was announced", "desde 31 de agosto, um dia depois da ordem": the
 * phrase right after a date (a comma between) dates the other event a day earlier / later.
 */
export function appositionCandidates(
  text: string,
  lang: Lang,
  anchors: readonly Candidate[],
): Candidate[] {
  const lex = LEXICONS[lang];
  const regex = cachedRegex(
    `apposition:${lang}`,
    () => `^,\\s*(?:(?<after>${lex.dayAfter})|(?<before>${lex.dayBefore}))${WORD_END}`,
    'iu',
  );
  const found: Candidate[] = [];
  for (const anchor of anchors) {
    const day = parseDay(anchor.date);
    const match = day && regex.exec(text.slice(anchor.end, anchor.end + 40));
    if (!day || !match) continue;
    const skip = match[0].length - match[0].replace(/^,\s*/, '').length;
    const index = anchor.end + skip;
    const shift = match.groups?.after ? -1 : 1;
    const date = formatDay(addDays(day, shift));
    found.push({ index, end: anchor.end + match[0].length, date, relative: true });
  }
  return found;
}

function parseDay(date: string): CalendarDate | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return null;
  return { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) };
}
