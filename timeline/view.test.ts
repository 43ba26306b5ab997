import { describe, expect, it } from 'vitest';
import { entry, timelines } from './fixtures/entries';
import { article, event } from './fixtures/records';
import { buildTimeline } from './summarize';
import { summaryLine, summaryText } from './summary-line';
import {
  CARD_ENTRY_LIMIT,
  cardView,
  countEntries,
  entryRow,
  filterOptions,
  truncateJurisdictions,
} from './view';

const data = timelines([
  entry({ app: 'Chirpa', jurisdiction: 'US', kind: 'payments', state: 'in-effect' }),
  entry({ app: 'Chirpa', jurisdiction: 'US', kind: 'ban', date: '2027-01', state: 'upcoming' }),
  entry({ app: 'Chirpa', jurisdiction: 'TR', kind: 'ban', state: 'lifted' }),
  entry({ app: 'Blabber', jurisdiction: 'NG', kind: 'ban', state: 'blocked' }),
]);

/** What browser.i18n would return in tests without a catalogue: the key and its arguments. */
const keys = (key: string, substitutions: string[] = []) => [key, ...substitutions].join(' ');

describe('filterOptions', () => {
  it('lists the apps, places, kinds and states present, sorted', () => {
    expect(filterOptions(data)).toEqual({
      apps: ['Blabber', 'Chirpa'],
      jurisdictions: ['NG', 'TR', 'US'],
      kinds: ['ban', 'payments'],
      states: ['in-effect', 'upcoming', 'blocked', 'lifted'],
    });
  });
});

describe('truncateJurisdictions', () => {
  it('keeps the first entries place by place', () => {
    const chirpa = data[0];
    expect(chirpa && countEntries(chirpa)).toBe(3);
    const shown = truncateJurisdictions(data[0]?.jurisdictions ?? [], 2);
    expect(shown.map((place) => [place.jurisdiction, place.entries.length])).toEqual([['US', 2]]);
    const three = truncateJurisdictions(data[0]?.jurisdictions ?? [], 3);
    expect(three.map((place) => [place.jurisdiction, place.entries.length])).toEqual([
      ['US', 2],
      ['TR', 1],
    ]);
  });
});

describe('cardView', () => {
  const today = new Date(2030, 3, 1, 12);
  const source = article('alpha', { published: '2030-03-10' });
  const other = article('beta', { published: '2030-03-12' });
  // Ten US entries (one of them given by two sources, one a month), then one in Türkiye.
  const events = [
    ...Array.from({ length: 9 }, (_, day) =>
      event(source, { date: `2030-03-${String(day + 1).padStart(2, '0')}` }),
    ),
    event(other, { date: '2030-03-01' }),
    event(source, { kind: 'ban', status: 'announced', date: '2030-05' }),
    event(source, { jurisdiction: 'TR', kind: 'ban', date: '2030-02-01' }),
  ];
  const [timeline] = buildTimeline([source, other], events, today);
  if (!timeline) throw new Error('no timeline');

  it('shows the first entries, counts all, and sums up every entry of a shown place', () => {
    const card = cardView(timeline, CARD_ENTRY_LIMIT);
    expect(card.app).toBe('Chirpa');
    expect(card.entryCount).toBe(11);
    expect(card.places.map((place) => [place.jurisdiction, place.entries.length])).toEqual([
      ['US', 8],
    ]);
    const us = timeline.jurisdictions.find((place) => place.jurisdiction === 'US');
    // The hidden "May 2030" entry is part of the line, as in the popup's full card.
    expect(summaryText(card.places[0]?.summary ?? [], keys, 'en')).toBe(
      summaryLine(us?.entries ?? [], keys, 'en'),
    );
    expect(summaryText(card.places[0]?.summary ?? [], keys, 'en')).toContain('May 2030');
  });

  it('keeps what a collapsed row shows, dates at their precision', () => {
    const card = cardView(timeline, Infinity);
    const rows = card.places.flatMap((place) => place.entries);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatchObject({ date: '2030-03-01', sourceCount: 2, superseded: false });
    expect(rows.find((row) => row.kind === 'ban' && row.state === 'upcoming')?.date).toBe(
      '2030-05',
    );
    expect(Object.keys(rows[0] ?? {})).not.toContain('sources');
  });

  it('turns an entry into its row', () => {
    const superseded = entry({ conflictingDates: ['2024-04-01'], supersededBy: 'later' });
    expect(entryRow(superseded)).toEqual({
      key: superseded.key,
      kind: 'ban',
      status: 'effective',
      date: '2024-03-01',
      state: 'in-effect',
      sourceCount: 1,
      conflicting: true,
      superseded: true,
    });
  });
});
