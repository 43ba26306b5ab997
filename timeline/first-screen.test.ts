import { describe, expect, it } from 'vitest';
import { article, event, manyRecords } from './fixtures/records';
import {
  buildFirstScreen,
  FIRST_SCREEN_MAX_CHARS,
  FIRST_SCREEN_VERSION,
  parseFirstScreen,
  type FirstScreen,
} from './first-screen';
import { buildTimeline, upcomingEntries } from './summarize';
import {
  CARD_ENTRY_LIMIT,
  FIRST_COMMIT_CARDS,
  cardView,
  filterOptions,
  UPCOMING_LIMIT,
  upcomingRow,
} from './view';

const TODAY = new Date(2030, 3, 1, 12); // 1 Apr 2030, local time
const APPS = Array.from({ length: 40 }, (_, index) => `App ${index + 1}`);

function firstScreenOf(records: ReturnType<typeof manyRecords>, maxChars?: number) {
  const timelines = buildTimeline(records.articles, records.events, TODAY);
  return { timelines, snapshot: buildFirstScreen(timelines, TODAY, maxChars) };
}

/** Forgeries reach anywhere into the stored JSON; typing each path would say nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Forgeable = any;

/** A copy as storage hands it back: JSON-like data, no shared objects. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('buildFirstScreen', () => {
  const heavy = firstScreenOf(manyRecords(1000, 10, APPS));

  it('stays small with 10,000 events', () => {
    const size = JSON.stringify(heavy.snapshot).length;
    expect(size).toBeLessThan(200_000);
    expect(size).toBeLessThanOrEqual(FIRST_SCREEN_MAX_CHARS);
  });

  it('holds the cards the full timeline shows first, in its order, as collapsed cards', () => {
    const { timelines, snapshot } = heavy;
    expect(snapshot?.cards).toHaveLength(FIRST_COMMIT_CARDS);
    expect(snapshot?.cards).toEqual(
      timelines
        .slice(0, FIRST_COMMIT_CARDS)
        .map((timeline) => cardView(timeline, CARD_ENTRY_LIMIT)),
    );
    expect(snapshot?.totals).toEqual({
      apps: APPS.length,
      upcoming: upcomingEntries(timelines, TODAY).length,
    });
    expect(snapshot?.options).toEqual(filterOptions(timelines));
  });

  it('holds the soonest upcoming entries, as many as the popup lists', () => {
    const { timelines, snapshot } = heavy;
    const upcoming = upcomingEntries(timelines, TODAY);
    expect(upcoming.length).toBeGreaterThan(UPCOMING_LIMIT);
    expect(snapshot?.upcoming).toEqual(upcoming.slice(0, UPCOMING_LIMIT).map(upcomingRow));
  });

  it('is for the local day it was computed on', () => {
    expect(heavy.snapshot).toMatchObject({ version: FIRST_SCREEN_VERSION, day: '2030-04-01' });
    const lateEvening = new Date(2030, 3, 1, 23, 59);
    expect(buildFirstScreen([], lateEvening)?.day).toBe('2030-04-01');
  });

  it('keeps month and year precision', () => {
    const source = article('alpha', { published: '2030-03-10' });
    const events = [
      event(source, { kind: 'ban', status: 'deadline', date: '2030-11' }),
      event(source, { kind: 'payments', date: '2029' }),
    ];
    const snapshot = buildFirstScreen(buildTimeline([source], events, TODAY), TODAY);
    const place = snapshot?.cards[0]?.places[0];
    expect(place?.entries.map((row) => row.date)).toEqual(['2029', '2030-11']);
    expect(place?.summary.map((segment) => segment.date)).toEqual(['2029', '2030-11']);
    expect(snapshot?.upcoming.map((row) => [row.date, row.daysUntil])).toEqual([['2030-11', 214]]);
  });

  it('is an empty first screen when nothing is stored', () => {
    expect(buildFirstScreen([], TODAY)).toEqual({
      version: FIRST_SCREEN_VERSION,
      day: '2030-04-01',
      cards: [],
      upcoming: [],
      options: { apps: [], jurisdictions: [], kinds: [], states: [] },
      totals: { apps: 0, upcoming: 0 },
    });
  });

  it('leaves cards to the full read rather than pass its size limit', () => {
    const size = JSON.stringify(heavy.snapshot).length;
    const smaller = firstScreenOf(manyRecords(1000, 10, APPS), size / 2).snapshot;
    expect(smaller?.cards.length).toBeGreaterThan(0);
    expect(smaller?.cards.length).toBeLessThan(FIRST_COMMIT_CARDS);
    expect(JSON.stringify(smaller).length).toBeLessThanOrEqual(size / 2);
    // Not even one card fits: no snapshot at all, the popup reads everything.
    expect(firstScreenOf(manyRecords(10, 3, APPS), 1000).snapshot).toBeNull();
  });
});

describe('parseFirstScreen', () => {
  const snapshot = firstScreenOf(manyRecords(50, 4, APPS.slice(0, 6))).snapshot as FirstScreen;
  /** A stored copy with one change made by `edit`. */
  const edited = (edit: (copy: Forgeable) => void): unknown => {
    const copy: Forgeable = stored(snapshot);
    edit(copy);
    return copy;
  };

  it('reads back what the builder wrote', () => {
    expect(snapshot.cards[0]?.places.flatMap((place) => place.entries).length).toBeGreaterThan(1);
    expect(snapshot.upcoming.length).toBeGreaterThan(0);
    expect(parseFirstScreen(stored(snapshot))).toEqual(snapshot);
    const empty = buildFirstScreen([], TODAY);
    expect(parseFirstScreen(stored(empty))).toEqual(empty);
  });

  it('refuses what is not a snapshot of this version', () => {
    for (const value of [undefined, null, 'x', [], {}, { version: FIRST_SCREEN_VERSION }]) {
      expect(parseFirstScreen(value)).toBeNull();
    }
    expect(parseFirstScreen(edited((copy) => (copy.version = 0)))).toBeNull();
    expect(
      parseFirstScreen(edited((copy) => (copy.version = FIRST_SCREEN_VERSION + 1))),
    ).toBeNull();
    // An older shape: whole timelines instead of collapsed cards.
    expect(
      parseFirstScreen(edited((copy) => (copy.cards = [{ app: 'App 1', jurisdictions: [] }]))),
    ).toBeNull();
    expect(parseFirstScreen(edited((copy) => delete copy.options))).toBeNull();
  });

  it('refuses forged or inconsistent values', () => {
    const forgeries: ((copy: Forgeable) => void)[] = [
      (copy) => (copy.day = '2030-02-30'),
      (copy) => (copy.cards[0].places[0].entries[0].key = 'Other|US|ban|effective|2030-01-01'),
      (copy) => (copy.cards[0].places[0].entries[0].state = 'gone'),
      (copy) => (copy.cards[0].places[0].entries[0].sourceCount = -1),
      (copy) => (copy.cards[0].places[0].entries[0].date = '2030-13'),
      (copy) => (copy.cards[0].places[0].jurisdiction = 'united states'),
      (copy) => (copy.cards[0].places[0].summary[0].phrase = 'summary_segment'),
      (copy) => (copy.cards[0].places[0].summary[0].kinds = ['ban', 'ban']),
      (copy) => (copy.cards[0].app = 'App\u202e 1'),
      (copy) => (copy.cards[0].entryCount = 1), // fewer than it shows
      (copy) => copy.cards.push(copy.cards[0]),
      (copy) => (copy.cards = Array.from({ length: FIRST_COMMIT_CARDS + 1 }, () => copy.cards[0])),
      (copy) => (copy.totals.apps = 0),
      (copy) => (copy.totals.upcoming = 0),
      (copy) => (copy.upcoming[0].daysUntil = 0),
      (copy) => (copy.options.kinds = ['ban', 'teleport']),
    ];
    for (const forge of forgeries)
      expect(parseFirstScreen(edited(forge)), String(forge)).toBeNull();
  });

  it('drops fields it does not know, so no link or markup reaches the popup', () => {
    const value = edited((copy) => {
      copy.cards[0].url = 'javascript:alert(1)';
      copy.cards[0].places[0].entries[0].sources = [{ url: 'javascript:alert(2)', title: '<img>' }];
      copy.upcoming[0].href = 'data:text/html,<script>alert(3)</script>';
    });
    const parsed = parseFirstScreen(value);
    expect(parsed).toEqual(snapshot);
    expect(JSON.stringify(parsed)).not.toMatch(/javascript:|data:|<img>/);
  });
});
