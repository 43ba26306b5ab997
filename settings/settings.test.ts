import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isExcludedHost, normalizeSite, sanitizeSettings } from './settings';

describe('normalizeSite', () => {
  it('reduces what people paste to a host name', () => {
    expect(normalizeSite('https://www.Example.com/news/1?x=2')).toBe('example.com');
    expect(normalizeSite('  news.example.org  ')).toBe('news.example.org');
  });

  it('rejects things that are not sites', () => {
    expect(normalizeSite('')).toBeNull();
    expect(normalizeSite('javascript:alert(1)')).toBeNull();
    expect(normalizeSite('exa mple.com')).toBeNull();
  });
});

describe('isExcludedHost', () => {
  it('covers the site and its subdomains, not look-alikes', () => {
    expect(isExcludedHost('www.example.com', ['example.com'])).toBe(true);
    expect(isExcludedHost('blog.example.com', ['example.com'])).toBe(true);
    expect(isExcludedHost('notexample.com', ['example.com'])).toBe(false);
  });
});

describe('sanitizeSettings', () => {
  it('turns anything stored into valid settings', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      sanitizeSettings({ paused: 'yes', excludedSites: [1, 'Example.com', 'example.com'] }),
    ).toEqual({
      paused: false,
      excludedSites: ['example.com'],
      notifications: false,
    });
  });
});
