/**
 * One line per app and jurisdiction, in the UI language:
 * "In effect since 20 Sep 2020: payments, app updates · from 12 Nov 2020: hosting and CDN".
 * Pure: messages come through `t`, dates through Intl in `locale`, at the precision the
 * sources gave (a month is "Nov 2020", never an invented day).
 */
import { RESTRICTION_KINDS, type RestrictionKind } from '../analysis/types';
import { datePrecision, startDay } from './dates';
import type { DatePrecision, TimelineEntry } from './types';

export type Translate = (key: string, substitutions?: string[]) => string;

/** Every message key summaryLine uses, with its English text ($1, $2: substitutions). */
export const SUMMARY_MESSAGE_KEYS = {
  summary_in_effect_since: 'in effect since $1',
  summary_from: 'from $1',
  summary_deadline: 'deadline $1',
  summary_deadline_passed: 'deadline passed $1',
  summary_proposed: 'proposed $1',
  summary_delayed: 'delayed $1',
  summary_blocked_since: 'blocked since $1',
  summary_lifted_since: 'lifted since $1',
  summary_lifted_from: 'lifted from $1',
  summary_segment: '$1: $2',
  kind_ban: 'ban',
  kind_store_removal: 'app store removal',
  kind_updates: 'app updates',
  kind_payments: 'payments',
  kind_infrastructure: 'hosting and CDN',
  kind_transactions: 'transactions',
  kind_government_devices: 'government devices',
  kind_minors: 'minors',
  kind_divestiture: 'forced sale',
  kind_partial: 'partial restrictions',
} as const;

export type SummaryMessageKey = keyof typeof SUMMARY_MESSAGE_KEYS;

const SEGMENT_SEPARATOR = ' · ';
const KIND_SEPARATOR = ', ';

/** "store-removal" → "kind_store_removal" (message keys allow only [A-Za-z0-9_]). */
export function kindMessageKey(kind: RestrictionKind): SummaryMessageKey {
  return `kind_${kind.replaceAll('-', '_')}` as SummaryMessageKey;
}

/** The phrases a summary segment can start with, each taking the date as $1. */
export const SUMMARY_PHRASE_KEYS = [
  'summary_in_effect_since',
  'summary_from',
  'summary_deadline',
  'summary_deadline_passed',
  'summary_proposed',
  'summary_delayed',
  'summary_blocked_since',
  'summary_lifted_since',
  'summary_lifted_from',
] as const satisfies readonly SummaryMessageKey[];

export type SummaryPhraseKey = (typeof SUMMARY_PHRASE_KEYS)[number];

/**
 * One part of a summary line before it is put into words: a phrase, its date and the kinds
 * it applies to ("in effect since 20 Mar 2030: payments, app updates"). Free of language, so
 * the background can compute it for the popup's first screen (timeline/first-screen.ts).
 */
export interface SummarySegment {
  phrase: SummaryPhraseKey;
  date: string;
  /** In the order of RESTRICTION_KINDS. */
  kinds: RestrictionKind[];
}

/** The phrase for an entry's state, worded for its status where that matters. */
function phraseKey(entry: TimelineEntry): SummaryPhraseKey {
  switch (entry.state) {
    case 'in-effect':
      return 'summary_in_effect_since';
    case 'upcoming':
      if (entry.status === 'deadline') return 'summary_deadline';
      return entry.status === 'lifted' ? 'summary_lifted_from' : 'summary_from';
    case 'deadline-passed':
      return 'summary_deadline_passed';
    case 'proposed':
      return 'summary_proposed';
    case 'delayed':
      return 'summary_delayed';
    case 'blocked':
      return 'summary_blocked_since';
    case 'lifted':
      return 'summary_lifted_since';
  }
}

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatted dates by locale and date: a timeline repeats the same dates many times. */
const formatted = new Map<string, string>();

function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${precision}`;
  let format = formatters.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision]);
    formatters.set(cacheKey, format);
  }
  return format;
}

/** A calendar date at its own precision; UTC so no time zone shifts the day. */
export function formatDate(date: string, locale: string): string {
  const cacheKey = `${locale}|${date}`;
  let text = formatted.get(cacheKey);
  if (text === undefined) {
    const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
    text = formatter(locale, datePrecision(date)).format(Date.UTC(year, month - 1, day));
    formatted.set(cacheKey, text);
  }
  return text;
}

/**
 * The entries of one app in one jurisdiction as one line: entries that are not superseded,
 * grouped by phrase and date in date order, each group listing its kinds. Empty when nothing
 * is left to say.
 */
export function summaryLine(entries: TimelineEntry[], t: Translate, locale: string): string {
  return summaryText(summarySegments(entries), t, locale);
}

/** The segments of a summary line: entries not superseded, by phrase and date in date order. */
export function summarySegments(entries: readonly TimelineEntry[]): SummarySegment[] {
  const segments = new Map<
    string,
    { phrase: SummaryPhraseKey; date: string; kinds: Set<RestrictionKind> }
  >();
  const current = entries
    .filter((entry) => entry.supersededBy === null)
    .sort((a, b) => startDay(a.date) - startDay(b.date));
  for (const entry of current) {
    const phrase = phraseKey(entry);
    // Phrase keys and dates (YYYY-MM-DD, YYYY-MM, YYYY) contain no "|": the key is unambiguous.
    const key = `${phrase}|${entry.date}`;
    let segment = segments.get(key);
    if (!segment) {
      segment = { phrase, date: entry.date, kinds: new Set() };
      segments.set(key, segment);
    }
    segment.kinds.add(entry.kind);
  }
  return [...segments.values()].map(({ phrase, date, kinds }) => ({
    phrase,
    date,
    kinds: RESTRICTION_KINDS.filter((kind) => kinds.has(kind)),
  }));
}

/**
 * Segments in words. Segments whose phrase reads the same once translated (two phrase keys
 * one language words alike) share one part of the line, as a reader would expect.
 */
export function summaryText(
  segments: readonly SummarySegment[],
  t: Translate,
  locale: string,
): string {
  const kindsByPhrase = new Map<string, Set<RestrictionKind>>();
  for (const segment of segments) {
    const phrase = t(segment.phrase, [formatDate(segment.date, locale)]);
    const kinds = kindsByPhrase.get(phrase) ?? new Set<RestrictionKind>();
    for (const kind of segment.kinds) kinds.add(kind);
    kindsByPhrase.set(phrase, kinds);
  }
  const line = [...kindsByPhrase]
    .map(([phrase, kinds]) => {
      const ordered = RESTRICTION_KINDS.filter((kind) => kinds.has(kind));
      const kindList = ordered.map((kind) => t(kindMessageKey(kind))).join(KIND_SEPARATOR);
      return t('summary_segment', [phrase, kindList]);
    })
    .join(SEGMENT_SEPARATOR);
  return capitalize(line, locale);
}

function capitalize(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(locale) + text.slice(head.length);
}
