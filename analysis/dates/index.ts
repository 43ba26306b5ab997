/**
 * Date finding for the analysis engine: every date phrase of a news text, resolved to a calendar
 * date (or month, or year) against the article's publication date, with the role its preposition
 * gives it ("ab Sonntag" starts something, "bis zum 12. November" ends it).
 *
 * chrono-node's per-locale parsers are the base (chrono.ts): they find the day-precise dates.
 * On top sit corrections for what chrono misses or reads wrong on news text: weekdays read by
 * tense and preposition, no German "so"/"Di" as weekdays (rules.ts), month-precision phrases
 * ("Mitte November", "fin septembre"), years, durations from an anchor and ranges
 * (durations.ts), references back ("the same day", anaphora.ts), year inference for year-less
 * dates (calendar.ts) and a few day forms chrono's locales lack (days.ts). Where a correction
 * and chrono claim the same words, the correction wins. Loaded lazily with the analyzer.
 */
import type { Lang } from '../types';
import { type Candidate, settle } from './candidate';
import { calendarDateOf } from './calendar';
import { chronoDates } from './chrono';
import { dayCorrections } from './days';
import { type DateRole, WORD_END, WORD_START, cachedRegex, leadingRole } from './context';
import { durationCandidates } from './durations';
import {
  appositionCandidates,
  backReferenceCandidates,
  qualifyYears,
  yearWordCandidates,
} from './anaphora';
import { LEXICONS } from './lexicon';
import { monthCandidates, thisMonthCandidates, weekdayCandidates, yearCandidates } from './rules';

export { findPublishedDate } from './published';
export type { DateRole } from './context';

export interface DateMention {
  /** Character offset of the phrase in the text. */
  index: number;
  /** Offset just after the phrase. */
  end: number;
  /** The phrase, including a leading role preposition ("ab", "from", "bis zum"). */
  text: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the text gives no finer date. */
  date: string;
  /** End of a range ("for ten days from August 8"). */
  endDate?: string;
  role: DateRole;
  /** Another event's day, counted from a date of the text ("the day after it was announced"). */
  relative?: boolean;
}

/**
 * German "vom 20.09.2020 an": "vom"/"von" before and a particle after make the date a start.
 * Returns the phrase's new bounds.
 */
function framedFrom(
  text: string,
  index: number,
  end: number,
  lang: Lang,
): { index: number; end: number } | null {
  const { fromAfter, fromAfterLead } = LEXICONS[lang];
  if (!fromAfter || !fromAfterLead) return null;
  const lead = cachedRegex(
    `fromAfterLead:${lang}`,
    () => `${WORD_START}(?:${fromAfterLead})\\s+$`,
    'iu',
  ).exec(text.slice(Math.max(0, index - 8), index));
  const particle = cachedRegex(
    `fromAfter:${lang}`,
    () => `^\\s+(?:${fromAfter})${WORD_END}`,
    'iu',
  ).exec(text.slice(end, end + 8));
  if (!lead || !particle) return null;
  return { index: index - lead[0].length, end: end + particle[0].length };
}

function toMention(
  text: string,
  lang: Lang,
  candidate: Candidate,
  previousEnd: number,
): DateMention {
  let { index, end } = candidate;
  let role: DateRole = candidate.role ?? 'on';
  if (!candidate.role) {
    const leading = leadingRole(text, index, lang);
    if (leading.role !== 'on' && leading.start >= previousEnd) {
      index = leading.start;
      role = leading.role;
    }
    const framed = role === 'on' ? framedFrom(text, index, end, lang) : null;
    if (framed && framed.index >= previousEnd) {
      ({ index, end } = framed);
      role = 'from';
    }
  }
  const mention: DateMention = {
    index,
    end,
    text: text.slice(index, end),
    date: candidate.date,
    role,
  };
  if (candidate.endDate) mention.endDate = candidate.endDate;
  if (candidate.relative) mention.relative = true;
  return mention;
}

/**
 * All date phrases of `text` (written in `lang`), sorted by position and non-overlapping.
 * `reference` is the article's publication date (or the visit date when it has none), read as
 * a UTC calendar date (`new Date('2020-09-18')`); relative and year-less dates are resolved
 * against it. `earlier` is the date the text just before this one stated (YYYY[-MM[-DD]]): "in
 * June of that year" and "three days later" with nothing to point back to in `text` itself
 * count from it.
 */
export function findDates(
  text: string,
  lang: Lang,
  reference: Date,
  earlier?: string,
): DateMention[] {
  const day = calendarDateOf(reference);
  const instant = new Date(Date.UTC(day.year, day.month - 1, day.day));
  const chrono = chronoDates(text, lang, day, instant);
  // Before the text: where references back land when the text itself names no date first.
  const before: Candidate[] = earlier ? [{ index: -1, end: 0, date: earlier }] : [];
  // Corrections come before chrono's dates: on a tie in length, the first one listed wins.
  const direct = qualifyYears(
    text,
    lang,
    day,
    before,
    settle([
      ...monthCandidates(text, lang, day),
      ...yearCandidates(text, lang),
      ...yearWordCandidates(text, lang, day),
      ...thisMonthCandidates(text, lang, day),
      ...dayCorrections(text, lang, day),
      ...chrono.days,
      ...weekdayCandidates(text, lang, day, chrono.weekdays),
    ]),
  );
  // Durations and back-references come second: they need the dates above as anchors.
  const all = settle([
    ...appositionCandidates(text, lang, direct),
    ...backReferenceCandidates(text, lang, [...before, ...direct]),
    ...durationCandidates(text, lang, day, direct, before),
    ...direct,
  ]);
  const mentions: DateMention[] = [];
  for (const candidate of all) {
    mentions.push(toMention(text, lang, candidate, mentions.at(-1)?.end ?? 0));
  }
  return mentions;
}
