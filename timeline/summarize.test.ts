import { describe, expect, it } from 'vitest';
import { article, event } from './fixtures/records';
import { buildTimeline, datePrecision, upcomingEntries } from './summarize';
import type { AppTimeline, TimelineEntry } from './types';

const TODAY = new Date(2030, 1, 15, 12); // 15 Feb 2030, local time

function entriesOf(timelines: AppTimeline[], app = 'Chirpa', jurisdiction = 'US'): TimelineEntry[] {
  const place = timelines
    .find((t) => t.app === app)
    ?.jurisdictions.find((j) => j.jurisdiction === jurisdiction);
  return place?.entries ?? [];
}

describe('buildTimeline', () => {
  it('groups by app, then jurisdiction, entries oldest first', () => {
    const a = article('alpha');
    const timelines = buildTimeline(
      [a],
      [
        event(a, { date: '2030-04-01', kind: 'infrastructure' }),
        event(a, { date: '2030-03-01' }),
        event(a, { jurisdiction: 'IN', kind: 'ban', date: '2029-06' }),
        event(a, { app: 'Zappo', jurisdiction: 'NG', kind: 'ban', date: '2029-01-05' }),
      ],
      TODAY,
    );
    expect(timelines.map((t) => t.app)).toEqual(['Chirpa', 'Zappo']);
    expect(timelines[0]?.jurisdictions.map((j) => j.jurisdiction)).toEqual(['US', 'IN']);
    expect(entriesOf(timelines).map((e) => e.date)).toEqual(['2030-03-01', '2030-04-01']);
  });

  it('merges what several articles say about the same restriction into one entry', () => {
    const a = article('alpha', { published: '2030-01-10' });
    const b = article('beta', { published: '2030-01-12' });
    const [entry, ...rest] = entriesOf(buildTimeline([a, b], [event(a), event(b)], TODAY));
    expect(rest).toEqual([]);
    expect(entry?.sources.map((s) => s.site)).toEqual(['beta', 'alpha']);
    expect(entry?.conflictingDates).toEqual([]);
  });

  it('keeps disagreeing dates apart and says so on each', () => {
    const a = article('alpha');
    const b = article('beta');
    const entries = entriesOf(
      buildTimeline(
        [a, b],
        [event(a, { date: '2030-03-01' }), event(b, { date: '2030-03-08' })],
        TODAY,
      ),
    );
    expect(entries.map((e) => [e.date, e.conflictingDates])).toEqual([
      ['2030-03-01', ['2030-03-08']],
      ['2030-03-08', ['2030-03-01']],
    ]);
  });

  it('folds a month-precision date into the one day it can mean', () => {
    const a = article('alpha');
    const b = article('beta');
    const entries = entriesOf(
      buildTimeline(
        [a, b],
        [event(a, { date: '2030-03' }), event(b, { date: '2030-03-01' })],
        TODAY,
      ),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      date: '2030-03-01',
      precision: 'day',
      conflictingDates: [],
    });
    expect(entries[0]?.sources).toHaveLength(2);
  });

  it('leaves a month apart when it fits two different days', () => {
    const [a, b, c] = [article('alpha'), article('beta'), article('gamma')];
    const entries = entriesOf(
      buildTimeline(
        [a, b, c],
        [
          event(a, { date: '2030-03' }),
          event(b, { date: '2030-03-01' }),
          event(c, { date: '2030-03-08' }),
        ],
        TODAY,
      ),
    );
    expect(entries.map((e) => e.date)).toEqual(['2030-03', '2030-03-01', '2030-03-08']);
    expect(entries[0]?.conflictingDates).toEqual([]);
  });

  it('counts days to the date from the local calendar day', () => {
    const a = article('alpha');
    const [entry] = entriesOf(buildTimeline([a], [event(a, { date: '2030-02-20' })], TODAY));
    expect(entry?.daysUntil).toBe(5);
  });

  it('puts the most recently active app first', () => {
    const old = article('alpha', { lastSeen: '2029-01-01T00:00:00.000Z' });
    const fresh = article('beta', { lastSeen: '2030-02-14T00:00:00.000Z' });
    const timelines = buildTimeline(
      [old, fresh],
      [
        event(old, { app: 'Chirpa', date: '2028-05-01' }),
        event(fresh, { app: 'Zappo', date: '2028-01-01' }),
      ],
      TODAY,
    );
    expect(timelines.map((t) => t.app)).toEqual(['Zappo', 'Chirpa']);
    expect(timelines[0]?.lastActivity).toBe('2030-02-14T00:00:00.000Z');
  });

  it('ignores events whose article is gone', () => {
    const a = article('alpha');
    expect(buildTimeline([], [event(a)], TODAY)).toEqual([]);
  });
});

describe('upcomingEntries', () => {
  it('lists dates still ahead, soonest first, leaving out what was overridden', () => {
    const a = article('alpha');
    const timelines = buildTimeline(
      [a],
      [
        event(a, { date: '2030-05-01', kind: 'infrastructure' }),
        event(a, { date: '2030-03-01' }),
        event(a, { date: '2029-12-01', kind: 'updates' }),
        event(a, { app: 'Zappo', jurisdiction: 'IT', kind: 'ban', date: '2030-02-20' }),
        event(a, { app: 'Zappo', jurisdiction: 'FR', kind: 'ban', date: '2030-06-01' }),
        event(a, {
          app: 'Zappo',
          jurisdiction: 'FR',
          kind: 'ban',
          status: 'blocked',
          date: '2030-02-01',
        }),
      ],
      TODAY,
    );
    expect(upcomingEntries(timelines, TODAY).map((e) => `${e.app} ${e.date}`)).toEqual([
      'Zappo 2030-02-20',
      'Chirpa 2030-03-01',
      'Chirpa 2030-05-01',
    ]);
  });
});

describe('datePrecision', () => {
  it.each([
    ['2030-03-01', 'day'],
    ['2030-03', 'month'],
    ['2030', 'year'],
  ])('%s has %s precision', (date, precision) => {
    expect(datePrecision(date)).toBe(precision);
  });
});
