import { describe, expect, it } from 'vitest';
import { articleIdFromUrl, resolveArticleUrl } from './url';

const ID = 'https://news.example/world/chirpa-ban';

describe('articleIdFromUrl', () => {
  it.each([
    ['https://news.example/world/chirpa-ban'],
    ['https://news.example/world/chirpa-ban/'],
    ['http://news.example/world/chirpa-ban'],
    ['https://www.news.example/world/chirpa-ban'],
    ['https://NEWS.Example/world/chirpa-ban'],
    ['https://news.example/world/chirpa-ban#comments'],
    ['https://news.example/world/chirpa-ban?utm_source=x&utm_medium=social&utm_campaign=y'],
    ['https://news.example/world/chirpa-ban?fbclid=IwAR0&gclid=abc&mc_cid=1&mc_eid=2'],
    ['https://news.example/world/chirpa-ban?ref=home&ref_src=twsrc'],
    ['https://news.example/world/chirpa-ban/amp'],
    ['https://news.example/world/chirpa-ban/amp/'],
    ['https://news.example/amp/world/chirpa-ban'],
    ['https://news.example/world/chirpa-ban?amp=1'],
    ['https://news.example/world/chirpa-ban?amp'],
    ['https://news.example/world/chirpa-ban?outputType=amp'],
    ['https://amp.news.example/world/chirpa-ban'],
    ['https://news-example.cdn.ampproject.org/c/s/news.example/world/chirpa-ban'],
    ['https://reader:secret@news.example/world/chirpa-ban'],
  ])('maps %s to the same article', (url) => {
    expect(articleIdFromUrl(url)).toBe(ID);
  });

  it('maps .amp.html to .html', () => {
    expect(articleIdFromUrl('https://news.example/2030/chirpa.amp.html')).toBe(
      'https://news.example/2030/chirpa.html',
    );
  });

  it('keeps query parameters that identify the article, in a stable order', () => {
    const a = articleIdFromUrl('https://news.example/article?id=42&page=2&utm_source=x');
    const b = articleIdFromUrl('https://news.example/article?page=2&id=42');
    expect(a).toBe('https://news.example/article?id=42&page=2');
    expect(b).toBe(a);
    expect(articleIdFromUrl('https://news.example/article?id=43')).not.toBe(a);
  });

  it('keeps the path case and non-default ports', () => {
    expect(articleIdFromUrl('https://news.example:8443/World/Chirpa')).toBe(
      'https://news.example:8443/World/Chirpa',
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///home/me/news.html'],
    ['chrome://newtab/'],
    ['about:blank'],
    ['not a url'],
    [''],
  ])('refuses %s', (url) => {
    expect(articleIdFromUrl(url)).toBeNull();
  });

  it('prefers a same-site canonical URL', () => {
    expect(
      articleIdFromUrl('https://m.news.example/s/4711', 'https://news.example/world/chirpa-ban'),
    ).toBe(ID);
  });

  it('ignores a canonical URL on another site, a home page or a non-web scheme', () => {
    const page = 'https://news.example/world/chirpa-ban';
    expect(articleIdFromUrl(page, 'https://other.example/world/chirpa-ban')).toBe(ID);
    expect(articleIdFromUrl(page, 'https://news.example/')).toBe(ID);
    expect(articleIdFromUrl(page, 'javascript:alert(1)')).toBe(ID);
  });

  it('links to the cleaned URL with the host as published', () => {
    expect(
      resolveArticleUrl('https://www.news.example/world/chirpa-ban/?utm_source=x#top'),
    ).toEqual({ id: ID, url: 'https://www.news.example/world/chirpa-ban' });
  });
});
