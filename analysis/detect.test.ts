import { describe, expect, it } from 'vitest';
import { detect, type DetectionInput } from './detect';

const base: DetectionInput = {
  title: '',
  lang: 'en',
  sentences: ['A sentence.', 'Another one.', 'A third one.'],
  restrictionSentences: [0, 1],
  titleApps: ['TikTok'],
  titleAppIndex: 0,
  points: 2,
};

describe('detect', () => {
  it('accepts a restriction headline backed by the lead', () => {
    const result = detect({ ...base, title: 'Country bans TikTok', titleAppIndex: 13 });
    expect(result.isBanArticle).toBe(true);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('rejects opinion pieces', () => {
    expect(
      detect({ ...base, title: 'Opinion: banning TikTok is the easy part', titleAppIndex: 19 })
        .reason,
    ).toBe('opinion piece');
  });

  it('rejects an app acting on its own users', () => {
    const result = detect({ ...base, title: 'TikTok bans accounts that spread hoaxes' });
    expect(result.isBanArticle).toBe(false);
    expect(result.reason).toBe('an app acting on its users');
  });

  it('rejects outages and fines without a restriction in the headline', () => {
    expect(detect({ ...base, title: 'TikTok back after worldwide outage' }).isBanArticle).toBe(
      false,
    );
    expect(detect({ ...base, title: 'TikTok fined over children’s data' }).isBanArticle).toBe(
      false,
    );
  });

  it('rejects bans of things that are not apps', () => {
    const result = detect({
      ...base,
      title: 'Disposable vapes banned from today',
      titleApps: [],
      titleAppIndex: -1,
    });
    expect(result.isBanArticle).toBe(false);
  });

  it('rejects pages without restriction statements', () => {
    const result = detect({
      ...base,
      title: 'TikTok launches a new feature',
      restrictionSentences: [],
      points: 0,
    });
    expect(result.isBanArticle).toBe(false);
  });
});
