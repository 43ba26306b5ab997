import { describe, expect, it } from 'vitest';
import { banReport, restriction } from './fixtures/reports';
import { isEventDate, LIMITS, sanitizeAnalysisResult } from './validate';

describe('sanitizeAnalysisResult', () => {
  it('passes a well-formed report through unchanged', () => {
    expect(sanitizeAnalysisResult(banReport())).toEqual(banReport());
  });

  it.each([
    ['null', null],
    ['a string', 'report'],
    ['an array', []],
    ['no isBanArticle', { ...banReport(), isBanArticle: 'yes' }],
    ['a score that is not a number', { ...banReport(), score: 'high' }],
    ['events that are not a list', { ...banReport(), events: {} }],
    ['a title that is not text', { ...banReport(), title: 42 }],
    [
      'too many events',
      { ...banReport(), events: Array.from({ length: 201 }, () => restriction()) },
    ],
  ])('refuses %s', (_, raw) => {
    expect(sanitizeAnalysisResult(raw)).toBeNull();
  });

  it('drops malformed events and keeps the rest', () => {
    const result = sanitizeAnalysisResult({
      ...banReport(),
      events: [
        restriction(),
        restriction({ kind: 'world-domination' as never }),
        restriction({ status: 'rumoured' as never }),
        restriction({ jurisdiction: 'usa' }),
        restriction({ date: '2030-02-30' }),
        restriction({ date: 'next Sunday' }),
        restriction({ app: '' }),
        { ...restriction(), app: 7 },
        'not an event',
      ],
    });
    expect(result?.events).toEqual([restriction()]);
  });

  it('truncates over-long text instead of losing the report', () => {
    const result = sanitizeAnalysisResult(
      banReport({
        title: 'T'.repeat(5000),
        events: [restriction({ evidence: 'E'.repeat(5000) })],
      }),
    );
    expect(result?.title).toHaveLength(LIMITS.title);
    expect(result?.title.endsWith('…')).toBe(true);
    expect(result?.events[0]?.evidence).toHaveLength(LIMITS.evidence);
  });

  it('keeps markup in titles as plain text and removes control characters', () => {
    const result = sanitizeAnalysisResult(
      banReport({ title: '<script>alert(1)</script>\u0000 Chirpa\nban', siteName: 'Site\u202e' }),
    );
    expect(result?.title).toBe('<script>alert(1)</script> Chirpa ban');
    expect(result?.siteName).toBe('Site');
  });

  it('nulls unsafe or malformed optional fields', () => {
    const result = sanitizeAnalysisResult({
      ...banReport(),
      url: 'javascript:alert(document.cookie)',
      lang: 'klingon',
      published: 'yesterday',
      siteName: { name: 'x' },
      score: 7,
    });
    expect(result).toMatchObject({
      url: null,
      lang: null,
      published: null,
      siteName: null,
      score: 1,
    });
  });
});

describe('isEventDate', () => {
  it.each(['2030-02-28', '2028-02-29', '2030-12', '2030'])('accepts %s', (date) => {
    expect(isEventDate(date)).toBe(true);
  });
  it.each(['2030-02-29', '2030-13', '2030-00-10', '30-01-01', '2030/01/01', '1800', ''])(
    'refuses %s',
    (date) => {
      expect(isEventDate(date)).toBe(false);
    },
  );
});
