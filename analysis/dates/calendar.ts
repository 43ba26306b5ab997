/**
 * Calendar arithmetic on plain dates. Everything works in UTC so that a date never shifts with
 * the machine's time zone: an article's "20 September" stays 2020-09-20 everywhere.
 */

/** A calendar date; `month` is 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function toUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar date of `reference` as the article's reader would write it (UTC). */
export function calendarDateOf(reference: Date): CalendarDate {
  return fromUtc(reference);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 → Feb 29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { ...fromUtc(first), day: Math.min(date.day, lastDay.getUTCDate()) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return toUtc(date).getUTCDay();
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function isValidDate(date: CalendarDate): boolean {
  const back = fromUtc(toUtc(date));
  return back.year === date.year && back.month === date.month && back.day === date.day;
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function formatDay(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** Which way a year-less date leans when both years are plausible. */
export type Lean = 'past' | 'future' | 'nearest' | 'since';

/**
 * How far back a past-tense year-less date may reach (about seven months) before the nearer
 * future date wins; how far ahead a future-tense one may reach.
 */
const PAST_REACH_DAYS = 220;
const FUTURE_REACH_DAYS = 300;

/**
 * The year for a year-less day. News mostly talks about the recent past and the near future:
 * "12 November" in a September article is this November, "21 December" in a March article is
 * last December. A past-tense sentence ("signed the bill on May 11", in November) keeps the
 * same year even when next May is a little nearer, as long as it stays within ~7 months.
 */
export function yearForDay(
  month: number,
  day: number,
  reference: CalendarDate,
  lean: Lean = 'nearest',
): number {
  const offsets = [reference.year - 1, reference.year, reference.year + 1].map((year) => ({
    year,
    offset: daysBetween(reference, { year, month, day }),
  }));
  const past = offsets.filter(({ offset }) => offset <= 0).at(-1);
  const future = offsets.find(({ offset }) => offset >= 0);
  if (lean === 'since' && past) return past.year;
  if (lean === 'past' && past && -past.offset <= PAST_REACH_DAYS) return past.year;
  if (lean === 'future' && future && future.offset <= FUTURE_REACH_DAYS) return future.year;
  const nearest = [...offsets].sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset))[0];
  return nearest?.year ?? reference.year;
}

/**
 * The year for a month without one: "seit Dezember" is the last December, a future-tense
 * "in March" the next March, anything else the nearest (a tie, six months either way, goes to
 * the past: news reports more than it forecasts).
 */
export function yearForMonth(
  month: number,
  reference: CalendarDate,
  lean: Lean = 'nearest',
): number {
  const offset = month - reference.month;
  if (lean === 'since') return offset > 0 ? reference.year - 1 : reference.year;
  if (lean === 'future') return offset < 0 ? reference.year + 1 : reference.year;
  if (offset >= 6) return reference.year - 1;
  if (offset < -6) return reference.year + 1;
  return reference.year;
}
