import { describe, expect, it } from 'vitest';
import { escapeText, exportIcs, foldLine } from './export-ics';
import { freshDb } from './fixtures/fresh-db';
import { banReport, restriction } from './fixtures/reports';
import { ingestReport } from './ingest';

const NOW = new Date('2030-02-25T10:00:00Z');
const utf8Length = (line: string) => new TextEncoder().encode(line).length;

/** Undoes line folding, as a calendar reading the file does. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

async function icsFor(events: ReturnType<typeof restriction>[], title = 'Chirpa') {
  const db = await freshDb();
  await ingestReport(
    db,
    { pageUrl: 'https://news.example/chirpa', result: banReport({ url: null, title, events }) },
    NOW,
  );
  return exportIcs(db, NOW);
}

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  it('keeps every line within 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'Zahlungsverbot für Chirpa ✓ '.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(utf8Length(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });
});

describe('exportIcs', () => {
  it('writes one all-day event per dated restriction, at its precision', async () => {
    const ics = await icsFor([
      restriction({ date: '2030-03-01' }),
      restriction({ kind: 'infrastructure', date: '2030-11' }),
      restriction({ kind: 'ban', date: '2031' }),
    ]);
    const text = unfold(ics);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20300301\r\nDTEND;VALUE=DATE:20300302');
    expect(text).toContain('DTSTART;VALUE=DATE:20301101\r\nDTEND;VALUE=DATE:20301201');
    expect(text).toContain('DTSTAMP:20300225T100000Z');
    expect(text).toContain('SUMMARY:Chirpa (US): payments\\, effective');
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('escapes hostile text and keeps UIDs stable across exports', async () => {
    const events = [restriction({ evidence: 'Ends; really, now\\ok' })];
    const first = await icsFor(events, 'Title, with; separators');
    const second = await icsFor(events, 'Other title');
    const uid = (ics: string) => /UID:(.+)\r\n/.exec(ics)?.[1];
    expect(uid(first)).toMatch(/^[0-9a-f]{16}@ban-radar$/);
    expect(uid(first)).toBe(uid(second));
    expect(unfold(first)).toContain(
      '“Ends\\; really\\, now\\\\ok”\\n— Title\\, with\\; separators',
    );
    for (const line of first.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
  });
});
