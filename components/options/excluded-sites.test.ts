import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';
import { addExcludedSite } from './excluded-sites';

describe('addExcludedSite', () => {
  it('normalises and keeps the list sorted', () => {
    expect(addExcludedSite(['zeta.example'], 'https://www.News.Example/path')).toEqual({
      ok: true,
      sites: ['news.example', 'zeta.example'],
    });
  });

  it('refuses duplicates and invalid input', () => {
    expect(addExcludedSite(['news.example'], 'www.news.example')).toEqual({
      ok: false,
      reason: 'duplicate',
      site: 'news.example',
    });
    expect(addExcludedSite([], '  not a site!  ')).toEqual({
      ok: false,
      reason: 'invalid',
      input: 'not a site!',
    });
  });
});

describe('exportFileName', () => {
  it('dates the file with the local day', () => {
    expect(exportFileName('ics', new Date(2026, 0, 5, 23, 30))).toBe('ban-radar-2026-01-05.ics');
  });
});
