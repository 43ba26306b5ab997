/**
 * Dates given as a duration from an anchor: "45 days after the order of August 6", "gave it
 * 90 days" (counted from the date earlier in the sentence), "within 45 days" (from that date or
 * the article's), and ranges "for ten days from August 8".
 */
import type { Lang } from '../types';
import { type Candidate, settle } from './candidate';
import { type CalendarDate, addDays, addMonths, formatDay } from './calendar';
import { WORD_END, WORD_START, cachedRegex, sentenceStart } from './context';
import { type DateLexicon, LEXICONS } from './lexicon';

type Unit = 'day' | 'week' | 'month';

export interface Duration {
  amount: number;
  unit: Unit;
}

/** How far after "after"/"from" the anchor date may start ("after the order of August 6"). */
const ANCHOR_REACH = 40;
/** How far back "three days later" may look for the date it counts from (about a paragraph). */
const RELATIVE_REACH = 800;
/** Longer spans are not deadlines news counts in days ("1000 days of lockdown"). */
const MAX_AMOUNT = 400;

/** Units as the named groups `hour`, `day`, `week`, `month`. */
export function unitGroups(lex: DateLexicon): string {
  return (
    `(?:(?<hour>${lex.hourUnit})|(?<day>${lex.dayUnit})|(?<week>${lex.weekUnit})|` +
    `(?<month>${lex.monthUnit}))`
  );
}

function durationRegex(lang: Lang): RegExp {
  const lex = LEXICONS[lang];
  const words = Object.keys(lex.numbers).join('|');
  return cachedRegex(`duration:${lang}`, () => {
    const lead =
      `(?:(?:(?<within>${lex.within}|${lex.inTime})|(?<after>${lex.afterBefore})|` +
      `(?<forSpan>${lex.forSpan})(?:\\s+\\p{L}+){0,2}?)\\s+)?`;
    const trail = `(?:\\s+(?:(?<anchorWord>${lex.afterAnchor})|(?<toDo>${lex.toDo}))${WORD_END})?`;
    return `${WORD_START}${lead}(?<amount>\\d{1,3}|${words})\\s+${unitGroups(lex)}${WORD_END}${trail}`;
  });
}

/** "three days later", "een dag eerder", "trois jours plus tard" (not "a day after the order"). */
function relativeRegex(lang: Lang): RegExp {
  const lex = LEXICONS[lang];
  const words = [...Object.keys(lex.numbers), lex.one].join('|');
  return cachedRegex(`relative:${lang}`, () => {
    return (
      `${WORD_START}(?<amount>\\d{1,3}|${words})\\s+${unitGroups(lex)}\\s+` +
      `(?:(?<later>${lex.later})|(?<earlier>${lex.earlier}))` +
      `${WORD_END}(?!\\s+(?:of|de|da|do|des|du|der|dem|van|di|del|della|dello)${WORD_END})`
    );
  });
}

/** "within 45 days" is a deadline, "in 45 days" just a date. */
function isDeadline(leadWord: string, lang: Lang): boolean {
  const { within } = LEXICONS[lang];
  return cachedRegex(`within:${lang}`, () => `^(?:${within})$`, 'iu').test(leadWord);
}

function parseDate(date: string): CalendarDate | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return null;
  return { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) };
}

/** `date` moved by the duration, forward (`sign` 1) or back (-1), as YYYY-MM-DD. */
export function shift(date: CalendarDate, { amount, unit }: Duration, sign = 1): string {
  if (unit === 'month') return formatDay(addMonths(date, sign * amount));
  return formatDay(addDays(date, sign * (unit === 'week' ? amount * 7 : amount)));
}

/** "45", "forty"… as a number; "a"/"one"/"ein" (and anything unknown) as 1. */
function amountOf(word: string, lang: Lang): number {
  if (/^\d+$/.test(word)) return Number(word);
  return LEXICONS[lang].numbers[word.toLowerCase()] ?? 1;
}

/** The duration in a match of `unitGroups` after an `amount` group. */
export function readDuration(match: RegExpExecArray, lang: Lang, minimum = 1): Duration | null {
  const groups = match.groups ?? {};
  const amount = amountOf(groups.amount ?? '', lang);
  if (amount < minimum || amount > MAX_AMOUNT) return null;
  // "24/48/72 hours" are whole days; "six hours" moves no date.
  if (groups.hour) return amount % 24 === 0 ? { amount: amount / 24, unit: 'day' } : null;
  const unit: Unit = groups.day ? 'day' : groups.week ? 'week' : 'month';
  return { amount, unit };
}

/** The first day-precise date starting shortly after `end`. */
function anchorAfter(anchors: readonly Candidate[], end: number): Candidate | undefined {
  return anchors.find(
    (anchor) => anchor.index >= end && anchor.index - end <= ANCHOR_REACH && parseDate(anchor.date),
  );
}

/** The last day-precise date before `index` in the same sentence. */
function anchorBefore(
  text: string,
  anchors: readonly Candidate[],
  index: number,
): Candidate | undefined {
  const start = sentenceStart(text, index);
  return anchors.findLast(
    (anchor) => anchor.end <= index && anchor.index >= start && parseDate(anchor.date),
  );
}

/** What a duration is resolved against. */
interface Setting {
  text: string;
  lang: Lang;
  reference: CalendarDate;
  /** The dates found so far, sorted by index. */
  anchors: readonly Candidate[];
}

/** "45 days after <date>", and "for ten days from <date>" (a range starting at the anchor). */
function resolveForward(
  setting: Setting,
  match: RegExpExecArray,
  duration: Duration,
): Candidate | null {
  const index = match.index;
  const end = index + match[0].length;
  const anchor = anchorAfter(setting.anchors, end);
  const anchorDate = anchor && parseDate(anchor.date);
  if (!anchor || !anchorDate || match.groups?.hour) return null;
  const shifted = shift(anchorDate, duration);
  if (match.groups?.forSpan)
    return { index, end: anchor.end, date: anchor.date, endDate: shifted, role: 'from' };
  // "30 days from Feb. 27 to remove the app": the time given ends then; nothing starts.
  const role = givesTimeTo(setting, anchor.end) ? 'until' : 'from';
  return { index, end, date: shifted, role };
}

/** Whether a task follows the anchor: "… from Feb. 27 to remove", "… à partir du 3 mai pour". */
function givesTimeTo({ text, lang }: Setting, end: number): boolean {
  const { toDo } = LEXICONS[lang];
  return cachedRegex(`toDoAfter:${lang}`, () => `^\\s+(?:${toDo})${WORD_END}`, 'iu').test(
    text.slice(end, end + 20),
  );
}

/** "within 45 days", "after 45 days", "gave it 90 days": counted from the date before. */
function resolveBackward(
  setting: Setting,
  match: RegExpExecArray,
  duration: Duration,
): Candidate | null {
  const { text, lang, anchors, reference } = setting;
  const index = match.index;
  const end = index + match[0].length;
  const { within, after, forSpan, toDo, hour } = match.groups ?? {};
  // "for (an initial) ten days" without a start is a length, not a date.
  if (forSpan) return null;
  const before = anchorBefore(text, anchors, index);
  const beforeDate = before && parseDate(before.date);
  // "has 24 hours to comply", "within 45 days": a deadline, from the article's date at worst.
  if (toDo || (within && isDeadline(within, lang))) {
    return { index, end, date: shift(beforeDate ?? reference, duration), role: 'until' };
  }
  // Other hours ("48 hours later the block began") fall on either side of midnight.
  if (hour) return null;
  if (within) return { index, end, date: shift(beforeDate ?? reference, duration) };
  if (!beforeDate) return null;
  const date = shift(beforeDate, duration);
  return after ? { index, end, date, role: 'from' } : { index, end, date };
}

/**
 * "three days later": counted from the last day-precise date before, within a paragraph (`anchors`
 * may start with one from the text before this one, at index -1).
 */
function relativeCandidates(text: string, lang: Lang, anchors: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(relativeRegex(lang))) {
    const duration = readDuration(match, lang);
    const index = match.index;
    const anchor = anchors.findLast(
      (other) => other.end <= index && index - other.end <= RELATIVE_REACH && parseDate(other.date),
    );
    const anchorDate = anchor && parseDate(anchor.date);
    if (!duration || !anchorDate) continue;
    const sign = match.groups?.earlier ? -1 : 1;
    found.push({
      index,
      end: index + match[0].length,
      date: shift(anchorDate, duration, sign),
      relative: true,
    });
  }
  return found;
}

/**
 * Duration phrases resolved against the dates already found (`anchors`, sorted by index); "three
 * days later" may also count from `before`, the date of the text before this one.
 */
export function durationCandidates(
  text: string,
  lang: Lang,
  reference: CalendarDate,
  anchors: readonly Candidate[],
  before: readonly Candidate[] = [],
): Candidate[] {
  const setting: Setting = { text, lang, reference, anchors };
  const found: Candidate[] = [];
  for (const match of text.matchAll(durationRegex(lang))) {
    // A single day or week ("um eine Woche verschoben") is too vague to count from.
    const duration = readDuration(match, lang, 2);
    if (!duration) continue;
    const candidate = match.groups?.anchorWord
      ? resolveForward(setting, match, duration)
      : resolveBackward(setting, match, duration);
    if (candidate) found.push(candidate);
  }
  return settle(found, relativeCandidates(text, lang, [...before, ...anchors]));
}
