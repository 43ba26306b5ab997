import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../analysis/types';
import type { TabReport } from '../../messaging/protocol';
import { groupPageEvents, pageView } from './this-page';

const result = (eventCount: number): AnalysisResult => ({
  isBanArticle: eventCount > 0,
  score: 0.9,
  lang: 'en',
  published: '2024-02-20',
  title: 'Chirpa banned',
  url: 'https://news.example/chirpa',
  siteName: 'News',
  events: Array.from({ length: eventCount }, () => ({
    app: 'Chirpa',
    jurisdiction: 'US',
    kind: 'ban' as const,
    status: 'effective' as const,
    date: '2024-03-01',
    evidence: 'Chirpa will be banned from 1 March.',
  })),
});

const report = (status: TabReport['status'], eventCount = 0): TabReport => ({
  status,
  pageUrl: 'https://news.example/chirpa',
  result: status === 'reported' ? result(eventCount) : null,
});

describe('pageView', () => {
  it('offers dismissal for a page with restrictions', () => {
    expect(pageView(report('reported', 2))).toEqual({
      message: 'thisPageReported',
      canAnalyze: false,
      canDismiss: true,
    });
  });

  it('offers analysis where nothing was found, nothing was read, or the gate or settings stopped it', () => {
    for (const status of ['skipped', 'unread', 'paused', 'excluded'] as const) {
      expect(pageView(report(status)).canAnalyze, status).toBe(true);
    }
    expect(pageView(report('reported', 0))).toMatchObject({
      message: 'thisPageNothingFound',
      canAnalyze: true,
    });
  });

  it('offers nothing for dismissed and unsupported pages', () => {
    for (const status of ['dismissed', 'unsupported'] as const) {
      expect(pageView(report(status))).toMatchObject({ canAnalyze: false, canDismiss: false });
    }
  });

  it('cannot dismiss a report without a page URL', () => {
    expect(pageView({ ...report('reported', 1), pageUrl: null }).canDismiss).toBe(false);
  });
});

describe('groupPageEvents', () => {
  it('groups per app and place, drops repeated facts and sorts by date', () => {
    const event = result(1).events[0];
    if (!event) throw new Error('fixture');
    const groups = groupPageEvents([
      { ...event, date: '2024-05-01' },
      { ...event, jurisdiction: 'IN' },
      { ...event, date: '2024-03-01', evidence: 'Said again.' },
      { ...event, date: '2024-03-01' },
    ]);
    expect(groups.map((group) => [group.jurisdiction, group.events.map((e) => e.date)])).toEqual([
      ['US', ['2024-03-01', '2024-05-01']],
      ['IN', ['2024-03-01']],
    ]);
  });
});
