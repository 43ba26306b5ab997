import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from './location-watcher';

/** The page's document, of which the watcher reads the URL. */
const page = { URL: 'https://news.example/a' };

beforeEach(() => {
  page.URL = 'https://news.example/a';
  vi.stubGlobal('document', page);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('watchLocation', () => {
  it('hears same-document navigations through the Navigation API', () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const seen: string[] = [];
    watchLocation((url) => seen.push(url));
    const navigate = (url: string) =>
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));

    navigate('https://news.example/b');
    navigate('https://news.example/b');
    navigate('https://news.example/a');
    expect(seen).toEqual(['https://news.example/b', 'https://news.example/a']);
  });

  it('compares the URL once a second where there is no Navigation API (Firefox)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
    const seen: string[] = [];
    watchLocation((url) => seen.push(url));

    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    page.URL = 'https://news.example/b';
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['https://news.example/b']);
    vi.advanceTimersByTime(5000);
    expect(seen).toHaveLength(1);
  });
});
