/**
 * The timeline as an iCalendar file (RFC 5545) to subscribe to or import into a calendar.
 *
 * One all-day VEVENT per timeline entry (the merged restriction, with all its sources). Dates
 * keep their precision: a day is a one-day event, a month spans the whole month, and a date
 * known only to the year is left out (a year-long bar says nothing useful). UIDs are a hash of
 * the entry's key, so importing a newer export updates events instead of duplicating them.
 */
import { buildTimeline } from '../timeline/summarize';
import type { TimelineEntry } from '../timeline/types';
import type { BanRadarDb } from './db';
import { compareTuples } from './order';
import { loadTimelineData } from './queries';

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Splits a content line into 75-octet lines, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** 64-bit FNV-1a as hex: stable across runs and browsers, no crypto API needed. */
function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of encoder.encode(text)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, '0');
}

function basicDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** [start, end) as VALUE=DATE strings; the end is exclusive, as RFC 5545 wants. */
function dateRange(entry: TimelineEntry): [string, string] {
  const [year = 1970, month = 1, day = 1] = entry.date.split('-').map(Number);
  return entry.precision === 'day'
    ? [basicDate(year, month, day), basicDate(year, month, day + 1)]
    : [basicDate(year, month, 1), basicDate(year, month + 1, 1)];
}

function description(entry: TimelineEntry): string {
  const sources = entry.sources.map(
    (source) =>
      `“${source.evidence}”\n— ${source.title}${source.site ? `, ${source.site}` : ''}\n${source.url}`,
  );
  const conflicts = entry.conflictingDates.length
    ? [`Other sources give: ${entry.conflictingDates.join(', ')}`]
    : [];
  const status = `Status: ${entry.status} (state on export: ${entry.state})`;
  return [status, ...conflicts, ...sources].join('\n\n');
}

function vevent(entry: TimelineEntry, stamp: string): string[] {
  const [start, end] = dateRange(entry);
  const url = entry.sources[0]?.url;
  return [
    'BEGIN:VEVENT',
    `UID:${stableHash(entry.key)}@ban-radar`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    `SUMMARY:${escapeText(`${entry.app} (${entry.jurisdiction}): ${entry.kind}, ${entry.status}`)}`,
    `DESCRIPTION:${escapeText(description(entry))}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export async function exportIcs(db: BanRadarDb, now: Date): Promise<string> {
  const { articles, events } = await loadTimelineData(db);
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const entries = buildTimeline(articles, events, now)
    .flatMap((timeline) => timeline.jurisdictions.flatMap((place) => place.entries))
    .filter((entry) => entry.precision !== 'year')
    .sort((a, b) => compareTuples([a.date, a.key], [b.date, b.key]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ban Radar//Ban Radar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...entries.flatMap((entry) => vevent(entry, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
