import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analysis/analyze';
import { parseHtml } from '../analysis/parse-html';
import { MAX_SNAPSHOT_CHARS } from '../messaging/protocol';
import { snapshotPage, type TimeSlice } from './page-snapshot';

/** Idle periods that always have plenty of time left, counted. */
function generousSlices() {
  const slices = { count: 0 };
  const next = (): Promise<TimeSlice> => {
    slices.count++;
    return Promise.resolve({ timeRemaining: () => 50 });
  };
  return { slices, next };
}

/** Idle periods with no time left: one step each. */
const exhaustedSlice = (): Promise<TimeSlice> => Promise.resolve({ timeRemaining: () => 0 });

const ARTICLE = `<!DOCTYPE html><html lang="de"><head>
<title>Aufsicht sperrt Messenger – Netzblatt</title>
<link rel="canonical" href="https://netzblatt.example/aufsicht">
<link rel="stylesheet" href="/site.css">
<meta property="article:published_time" content="2021-03-10T09:00:00+01:00">
<script>window.tracking = "<p>not text</p>";</script>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-10"}</script>
<style>p { color: red }</style>
</head><body>
<nav>Menü &lt;neu&gt; ${Array.from({ length: 400 }, (_, i) => `<a href="/r/${i}">Rubrik ${i}</a>`).join('')}</nav>
<article><h1>Aufsicht sperrt Telegram</h1>
<p>Die Medienaufsicht hat angeordnet, dass Telegram ab kommenden Sonntag in Russland gesperrt wird.</p>
<p>Auch Viber muss bis Ende April die Übertragung von Nachrichten einstellen, teilte die Behörde mit.</p>
<svg><text>icon</text></svg><p>Preis &lt;5 € &amp; mehr&nbsp;Infos</p>
</article></body></html>`;

describe('snapshotPage', () => {
  it('copies what the analysis reads and leaves scripts, styles and media out', async () => {
    const { next } = generousSlices();
    const { html } = await snapshotPage(parseHtml(ARTICLE), next);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de">/);
    expect(html).toContain('<link rel="canonical" href="https://netzblatt.example/aufsicht">');
    expect(html).toContain('application/ld+json');
    expect(html).not.toContain('window.tracking');
    expect(html).not.toContain('site.css');
    expect(html).not.toContain('<style>');
    expect(html).not.toContain('<svg>');
    // Text stays text: escaped in the copy, the same once parsed again.
    expect(html).not.toContain('<5 €');
    expect(parseHtml(html).body.textContent).toContain('Preis <5 € & mehr\u00a0Infos');
  });

  it('gives the analysis the same result as the page itself', async () => {
    const page = parseHtml(ARTICLE);
    const { next } = generousSlices();
    const { html } = await snapshotPage(page, next);
    const options = {
      url: 'https://netzblatt.example/aufsicht?ref=x',
      now: new Date('2021-03-10'),
      force: true,
    };
    const fromCopy = analyzeDocument(parseHtml(html), options);
    const fromPage = analyzeDocument(page, options);
    expect(fromCopy).toEqual(fromPage);
    expect(fromCopy.url).toBe('https://netzblatt.example/aufsicht');
    expect(fromCopy.published).toBe('2021-03-10');
  });

  it('opens large elements and copies their children across slices', async () => {
    const { html } = await snapshotPage(parseHtml(ARTICLE), exhaustedSlice);
    // The 400-link <nav> is opened and copied link by link, each in its own slice.
    expect(html).toContain('<nav>Menü &lt;neu&gt; <a href="/r/0">Rubrik 0</a><a href="/r/1">');
    const { html: inOneGo } = await snapshotPage(parseHtml(ARTICLE), generousSlices().next);
    expect(html).toBe(inOneGo);
  });

  it('waits for a new slice when the current one runs low', async () => {
    let calls = 0;
    const shortSlices = (): Promise<TimeSlice> => {
      calls++;
      let left = 3;
      return Promise.resolve({ timeRemaining: () => (left-- > 0 ? 50 : 0) });
    };
    await snapshotPage(parseHtml(ARTICLE), shortSlices);
    expect(calls).toBeGreaterThan(50);
  });

  it('stops at the size limit: very large pages are copied up to their leading part', async () => {
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) => `<p>Absatz ${i} ${'x'.repeat(500)}</p>`,
    );
    const huge = `<!DOCTYPE html><html><head><title>Lang</title></head><body>${paragraphs.join('')}</body></html>`;
    const { html } = await snapshotPage(parseHtml(huge), generousSlices().next, 100_000);
    expect(html.length).toBe(100_000);
    expect(html).toContain('Absatz 0 ');
    expect(html).not.toContain('Absatz 1999 ');
  });

  it('keeps to the size limit with a huge attribute and 20 MB of text', async () => {
    const hostile = `<!DOCTYPE html><html><head><title>x</title></head><body><div data-x="${'a'.repeat(5_000_000)}">y</div><p>${'z'.repeat(20_000_000)}</p></body></html>`;
    const { html } = await snapshotPage(parseHtml(hostile), generousSlices().next);
    expect(html.length).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
    expect(html).toMatch(
      /^<!DOCTYPE html><html><head><title>x<\/title><\/head><body><div data-x="a/,
    );
  });

  it('copies a 10,000-deep tree without walking all of it', async () => {
    const deep = `<!DOCTYPE html><html><body>${'<div>'.repeat(10_000)}tief${'</div>'.repeat(10_000)}</body></html>`;
    const { next, slices } = generousSlices();
    const { html } = await snapshotPage(parseHtml(deep), next);
    expect(html).toContain('tief');
    expect(slices.count).toBeLessThan(10);
  });

  it('copies nothing from a document without a root element', async () => {
    const doc = parseHtml('<!DOCTYPE html><html><body></body></html>');
    doc.documentElement.remove();
    expect((await snapshotPage(doc, generousSlices().next)).html).toBe('<!DOCTYPE html>');
  });
});
