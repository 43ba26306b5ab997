import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseVisibleDate } from './published';

const URL_WITHOUT_DATE = 'https://news.example/politics/app-ban';

function page(head: string, body = ''): Document {
  const html = `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('findPublishedDate', () => {
  it.each([
    '<meta property="article:published_time" content="2021-03-04T23:30:00+01:00">',
    '<meta name="date" content="2021-03-04">',
    '<meta name="pubdate" content="20210304">',
    '<meta name="DC.date.issued" content="2021-03-04">',
    '<meta name="parsely-pub-date" content="2021-03-04T10:00:00Z">',
    '<meta name="sailthru.date" content="Thu, 04 Mar 2021 10:00:00 GMT">',
    '<meta itemprop="datePublished" content="2021-03-04">',
  ])('reads the meta tag %s as written, without shifting the day', (meta) => {
    expect(findPublishedDate(page(meta), URL_WITHOUT_DATE)).toBe('2021-03-04');
  });

  it('ignores the modification date', () => {
    const head = '<meta property="article:modified_time" content="2021-05-01T08:00:00Z">';
    expect(findPublishedDate(page(head), URL_WITHOUT_DATE)).toBeNull();
  });

  it('reads datePublished from JSON-LD, also inside @graph and arrays', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        { '@type': 'NewsArticle', headline: 'h', datePublished: '2019-11-20T07:15:00Z' },
      ],
    });
    const array = JSON.stringify([{ '@type': 'Article', datePublished: '2019-11-20' }]);
    for (const json of [graph, array]) {
      const head = `<script type="application/ld+json">${json}</script>`;
      expect(findPublishedDate(page(head), URL_WITHOUT_DATE)).toBe('2019-11-20');
    }
  });

  it('tolerates broken JSON-LD', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": "2019-11-20T07:15", }</script>';
    expect(findPublishedDate(page(head), URL_WITHOUT_DATE)).toBe('2019-11-20');
  });

  it('prefers the <time> of the article over others on the page', () => {
    const body =
      '<aside><time datetime="2018-01-01">old teaser</time></aside>' +
      '<article><header><time datetime="2022-06-30T18:00:00+02:00">30 June</time></header></article>';
    expect(findPublishedDate(page('', body), URL_WITHOUT_DATE)).toBe('2022-06-30');
  });

  it.each([
    ['<div class="byline">Von Anna Muster · 7. Januar 2022</div>', 'de'],
    ['<p class="date">le 7 janvier 2022 à 9h12</p>', 'fr'],
    ['<span class="post-meta">7 de enero de 2022, 09:12</span>', 'es'],
    ['<div class="dateline">January 7, 2022 9:12 a.m.</div>', 'en'],
    ['<div class="meta">Pubblicato il 7 gennaio 2022, ore 9:12</div>', 'it'],
    ['<div class="date">07-01-2022</div>', 'nl'],
    ['<div class="publish-info">Veröffentlicht am 07.01.2022 um 09:12 Uhr</div>', 'de'],
  ])('reads the visible byline %s', (byline) => {
    expect(findPublishedDate(page('', byline), URL_WITHOUT_DATE)).toBe('2022-01-07');
  });

  it('falls back to the date in the URL', () => {
    const url = 'https://news.example/2020/09/18/apps-banned/';
    expect(findPublishedDate(page(''), url)).toBe('2020-09-18');
  });

  it('rejects implausible dates', () => {
    expect(
      findPublishedDate(page('<meta name="date" content="1970-01-01">'), URL_WITHOUT_DATE),
    ).toBeNull();
    expect(
      findPublishedDate(page('<meta name="date" content="2999-01-01">'), URL_WITHOUT_DATE),
    ).toBeNull();
    expect(
      findPublishedDate(page('<meta name="date" content="2021-02-30">'), URL_WITHOUT_DATE),
    ).toBeNull();
  });

  it('returns null for a page without any date', () => {
    expect(
      findPublishedDate(page('', '<p>No date here, only 59 apps.</p>'), URL_WITHOUT_DATE),
    ).toBeNull();
  });
});

describe('parseVisibleDate', () => {
  it('reads US numeric dates month first only when asked', () => {
    expect(parseVisibleDate('Posted 3/4/2021', true)).toBe('2021-03-04');
    expect(parseVisibleDate('Publié le 3/4/2021', false)).toBe('2021-04-03');
    expect(parseVisibleDate('Posted 9/18/2020', false)).toBe('2020-09-18');
  });
});
