/**
 * Corrections for day-precise dates chrono-node misses on news text (chrono.ts finds the rest):
 * a year-less German/Dutch "am 18.9." after a weekday or preposition, relative days some locales
 * lack ("vorgestern", "avant-hier", "anteayer", "eergisteren"), "ago" phrases in Spanish and
 * Portuguese ("hace un mes", "há dez dias"), and a year-less leap day ("29 février").
 */
import type { Lang } from '../types';
import type { Candidate } from './candidate';
import { type CalendarDate, addDays, formatDay, isValidDate, yearForDay } from './calendar';
import { WORD_END, WORD_START, cachedRegex, yearLean } from './context';
import { readDuration, shift, unitGroups } from './durations';
import { type DateLexicon, LEXICONS } from './lexicon';

/** Articles between a weekday and its date: "Montag, dem 20. März". */
const WEEKDAY_ARTICLE = '(?:(?:the|dem|den|le|el|il|o|de)\\s+)?';

interface Context {
  text: string;
  lang: Lang;
  reference: CalendarDate;
}

/**
 * "am 18.9.", "Fr., 18.9.", "ab 1.10.": a day and month with dots and no year. Only after a
 * weekday or a preposition, so "Version 2.1." is no date.
 */
function yearlessNumericRegex(lang: Lang, lex: DateLexicon): RegExp {
  return cachedRegex(`numeric:${lang}`, () => {
    const cue = `(?:${lex.weekdays.join('|')}|${lex.weekdayShort})\\.?,?|${lex.from}|${lex.until}|${lex.since}|${lex.monthIntro}`;
    return `(?<cue>${WORD_START}(?:${cue})\\s+${WEEKDAY_ARTICLE})(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?!\\d)`;
  });
}

function yearlessNumericDates(context: Context): Candidate[] {
  const { text, lang, reference } = context;
  const found: Candidate[] = [];
  for (const match of text.matchAll(yearlessNumericRegex(lang, LEXICONS[lang]))) {
    const groups = match.groups ?? {};
    // The word that licenses the date is not part of it.
    const index = match.index + (groups.cue?.length ?? 0);
    const month = Number(groups.month);
    const day = Number(groups.day);
    const year = yearForDay(month, day, reference, yearLean(text, index, lang));
    if (!isValidDate({ year, month, day })) continue;
    const date = formatDay({ year, month, day });
    found.push({ index, end: match.index + match[0].length, date, yearless: true });
  }
  return found;
}

/** Relative days chrono's locale lacks; not the German "am Morgen" (a morning). */
function relativeDays(context: Context): Candidate[] {
  const { text, lang, reference } = context;
  const lex = LEXICONS[lang];
  const words = Object.keys(lex.relativeDays).sort((a, b) => b.length - a.length);
  if (words.length === 0) return [];
  const regex = cachedRegex(`relativeDays:${lang}`, () => {
    const guard = lex.relativeDayGuard ? `(?<!${WORD_START}(?:${lex.relativeDayGuard})\\s+)` : '';
    return `${guard}${WORD_START}(?:${words.join('|')})${WORD_END}`;
  });
  return [...text.matchAll(regex)].flatMap((match) => {
    const offset = lex.relativeDays[match[0].toLowerCase().replace('’', "'")];
    if (offset === undefined) return [];
    const date = formatDay(addDays(reference, offset));
    return [{ index: match.index, end: match.index + match[0].length, date }];
  });
}

/** "hace dos días", "há dez dias": the "ago" forms chrono's Spanish and Portuguese lack. */
function agoDates(context: Context): Candidate[] {
  const { text, lang, reference } = context;
  const lex = LEXICONS[lang];
  if (!lex.agoBefore) return [];
  const regex = cachedRegex(`ago:${lang}`, () => {
    const amount = `(?<amount>\\d{1,3}|${[...Object.keys(lex.numbers), lex.one].join('|')})`;
    return `${WORD_START}(?:${lex.agoBefore})\\s+${amount}\\s+${unitGroups(lex)}${WORD_END}`;
  });
  return [...text.matchAll(regex)].flatMap((match) => {
    const duration = readDuration(match, lang);
    if (!duration) return [];
    const date = shift(reference, duration, -1);
    return [{ index: match.index, end: match.index + match[0].length, date }];
  });
}

/** "29 février", "February 29th": chrono drops a year-less leap day when the next is far. */
function leapDays(context: Context): Candidate[] {
  const { text, lang, reference } = context;
  const regex = cachedRegex(`leapDay:${lang}`, () => {
    const february = (LEXICONS[lang].months[1] ?? '').replaceAll('\\.', '\\.?');
    return (
      `${WORD_START}(?:29(?:\\.|º|°|th)?\\s+(?:(?:de|of)\\s+)?(?:${february})|` +
      `(?:${february})\\s+29(?:th)?)(?![\\p{L}\\p{N}]|,?\\s+\\d{4})`
    );
  });
  return [...text.matchAll(regex)].flatMap((match) => {
    const year = [0, -1, 1, -2, 2, -3, 3]
      .map((offset) => reference.year + offset)
      .find((candidate) => isValidDate({ year: candidate, month: 2, day: 29 }));
    if (year === undefined || Math.abs(year - reference.year) > 1) return [];
    const date = formatDay({ year, month: 2, day: 29 });
    return [{ index: match.index, end: match.index + match[0].length, date, yearless: true }];
  });
}

/** Day-precise dates chrono misses. They may overlap; the caller keeps the longest. */
export function dayCorrections(text: string, lang: Lang, reference: CalendarDate): Candidate[] {
  const context: Context = { text, lang, reference };
  return [
    ...yearlessNumericDates(context),
    ...relativeDays(context),
    ...agoDates(context),
    ...leapDays(context),
  ];
}
