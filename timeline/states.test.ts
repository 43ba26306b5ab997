import { describe, expect, it } from 'vitest';
import type { StoredArticle, StoredEvent } from '../storage/types';
import { article, event } from './fixtures/records';
import { buildTimeline } from './summarize';

const TODAY = new Date(2030, 5, 15, 12); // 15 Jun 2030, local time

/** "kind status date → state (superseded?)" for Chirpa in the US, oldest first. */
function states(articles: StoredArticle[], events: StoredEvent[]): string[] {
  const [timeline] = buildTimeline(articles, events, TODAY);
  const entries = timeline?.jurisdictions.find((j) => j.jurisdiction === 'US')?.entries ?? [];
  return entries.map(
    (e) => `${e.kind} ${e.status} ${e.date} → ${e.state}${e.supersededBy ? ' (superseded)' : ''}`,
  );
}

describe('state today', () => {
  const early = article('early', { published: '2030-01-05' });
  const late = article('late', { published: '2030-06-01' });

  it('tells upcoming from in-effect by the date', () => {
    expect(
      states(
        [early],
        [
          event(early, { date: '2030-06-15' }),
          event(early, { kind: 'updates', date: '2030-07-01' }),
        ],
      ),
    ).toEqual([
      'payments effective 2030-06-15 → in-effect',
      'updates effective 2030-07-01 → upcoming',
    ]);
  });

  it('treats an announced date like an effective one', () => {
    expect(states([early], [event(early, { status: 'announced', date: '2030-02-01' })])).toEqual([
      'payments announced 2030-02-01 → in-effect',
    ]);
  });

  it('marks deadlines passed only once their whole period is over', () => {
    expect(
      states(
        [early],
        [
          event(early, { kind: 'divestiture', status: 'deadline', date: '2030-05-31' }),
          event(early, { kind: 'divestiture', status: 'deadline', date: '2030-06' }),
        ],
      ),
    ).toEqual([
      'divestiture deadline 2030-05-31 → deadline-passed',
      'divestiture deadline 2030-06 → upcoming',
    ]);
  });

  it('keeps a proposal a proposal', () => {
    expect(
      states([early], [event(early, { kind: 'ban', status: 'proposed', date: '2030-03-02' })]),
    ).toEqual(['ban proposed 2030-03-02 → proposed']);
  });

  it('lets a court block supersede the restriction it stopped', () => {
    expect(
      states(
        [early, late],
        [
          event(early, { date: '2030-03-01' }),
          event(late, { status: 'blocked', date: '2030-04-10' }),
        ],
      ),
    ).toEqual([
      'payments effective 2030-03-01 → blocked (superseded)',
      'payments blocked 2030-04-10 → blocked',
    ]);
  });

  it('lets a block issued before the start date stop a restriction reported earlier', () => {
    expect(
      states(
        [early, late],
        [
          event(early, { date: '2030-05-20' }),
          event(late, { status: 'blocked', date: '2030-05-19' }),
        ],
      ),
    ).toEqual([
      'payments blocked 2030-05-19 → blocked',
      'payments effective 2030-05-20 → blocked (superseded)',
    ]);
  });

  it('puts a restriction back in effect when it is imposed again after a block', () => {
    const middle = article('middle', { published: '2030-02-01' });
    expect(
      states(
        [early, middle, late],
        [
          event(early, { kind: 'ban', date: '2030-01-10' }),
          event(middle, { kind: 'ban', status: 'blocked', date: '2030-02-01' }),
          event(late, { kind: 'ban', date: '2030-06-01' }),
        ],
      ),
    ).toEqual([
      'ban effective 2030-01-10 → in-effect (superseded)',
      'ban blocked 2030-02-01 → in-effect (superseded)',
      'ban effective 2030-06-01 → in-effect',
    ]);
  });

  it('lifts the parts of a ban with the ban, but not a ban with one of its parts', () => {
    expect(
      states(
        [early, late],
        [
          event(early, { kind: 'payments', date: '2030-02-01' }),
          event(late, { kind: 'ban', status: 'lifted', date: '2030-06-01' }),
        ],
      ),
    ).toEqual([
      'payments effective 2030-02-01 → lifted (superseded)',
      'ban lifted 2030-06-01 → lifted',
    ]);
    expect(
      states(
        [early, late],
        [
          event(early, { kind: 'ban', date: '2030-02-01' }),
          event(late, { kind: 'payments', status: 'lifted', date: '2030-06-01' }),
        ],
      ),
    ).toEqual(['ban effective 2030-02-01 → in-effect', 'payments lifted 2030-06-01 → lifted']);
  });

  it('shows a deadline that was postponed as delayed', () => {
    expect(
      states(
        [early, late],
        [
          event(early, { kind: 'divestiture', status: 'deadline', date: '2030-06-01' }),
          event(late, { kind: 'divestiture', status: 'delayed', date: '2030-05-30' }),
          event(late, { kind: 'divestiture', status: 'deadline', date: '2030-09-01' }),
        ],
      ),
    ).toEqual([
      'divestiture delayed 2030-05-30 → delayed',
      'divestiture deadline 2030-06-01 → delayed (superseded)',
      'divestiture deadline 2030-09-01 → upcoming',
    ]);
  });

  it('ignores a block that has not happened yet and blocks elsewhere', () => {
    expect(
      states(
        [early],
        [
          event(early, { date: '2030-03-01' }),
          event(early, { status: 'blocked', date: '2030-07-01' }),
          event(early, { jurisdiction: 'US-MT', status: 'blocked', date: '2030-04-01' }),
        ],
      ),
    ).toEqual([
      'payments effective 2030-03-01 → in-effect',
      'payments blocked 2030-07-01 → upcoming',
    ]);
  });
});
