import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, pageUrl } from './analyze';

const parse = (html: string): Document =>
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const FIXTURES = join(__dirname, '..', 'tests', 'fixtures', 'pages');
const CORPUS_HTML = join(__dirname, '..', '..', 'shared', 'corpus', 'html');
const NOW = new Date('2026-01-01T12:00:00Z');
const LIMIT_MS = 2000;

/**
 * CPU time of this test process, in ms: wall-clock time would measure the load of whatever else
 * runs on the machine (the bound is about the engine's own work).
 */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const fixture = (name: string): Document => parse(readFileSync(join(FIXTURES, name), 'utf8'));

function timed(doc: Document, url = 'https://news.example/article'): { ms: number } {
  const start = cpuMs();
  const result = analyzeDocument(doc, { url, now: NOW, force: true });
  expect(result).toBeDefined();
  return { ms: cpuMs() - start };
}

describe('analyzeDocument on a seed-like German article', () => {
  const result = analyzeDocument(fixture('de-aufsicht-beschraenkt-telegram-viber.html'), {
    url: 'https://netzblatt.example/x',
    now: NOW,
  });
  const points = new Set(result.events.map((e) => `${e.app}|${e.jurisdiction}|${e.date}`));
  const at = (app: string, date: string): string[] =>
    result.events
      .filter((e) => e.app === app && e.date === date)
      .map((e) => `${e.kind}/${e.status}`)
      .sort();

  it('detects the article and reads its metadata', () => {
    expect(result.isBanArticle).toBe(true);
    expect(result.lang).toBe('de');
    expect(result.published).toBe('2021-03-10');
    expect(result.url).toBe('https://netzblatt.example/digital/aufsicht-telegram-viber');
  });

  it('resolves "ab kommenden Sonntag" and the year-less deadline, for both apps', () => {
    expect(points).toEqual(
      new Set(['Telegram|RU|2021-03-14', 'Viber|RU|2021-03-14', 'Viber|RU|2021-04-30']),
    );
  });

  it('gives each app its own date, carries the date into "Zudem…" and the deadline into "Ende der Frist"', () => {
    expect(at('Telegram', '2021-03-14')).toEqual([
      'infrastructure/effective',
      'payments/effective',
      'updates/effective',
    ]);
    expect(at('Viber', '2021-03-14')).toEqual(['payments/effective', 'updates/effective']);
    expect(at('Viber', '2021-04-30')).toEqual([
      'divestiture/deadline',
      'infrastructure/deadline',
      'infrastructure/effective',
    ]);
  });

  it('takes nothing from the acquisition paragraph', () => {
    expect(result.events.some((e) => e.evidence.includes('Finanzinvestor'))).toBe(false);
  });
});

describe('analyzeDocument on other fixtures', () => {
  it('finds an English block and its background, not the founding year', () => {
    const result = analyzeDocument(fixture('en-regulator-blocks-discord.html'), {
      url: 'https://news.example/discord',
      now: NOW,
    });
    expect(result.isBanArticle).toBe(true);
    expect(
      result.events.map((e) => `${e.app}|${e.jurisdiction}|${e.date}|${e.status}`).sort(),
    ).toEqual(['Discord|TR|2024-05-15|effective', 'Roblox|TR|2024-08|effective']);
  });

  it('leaves a ban on smoking alone', () => {
    const result = analyzeDocument(fixture('fr-interdiction-de-fumer.html'), {
      url: 'https://news.example/tabac',
      now: NOW,
    });
    expect(result.isBanArticle).toBe(false);
    expect(result.events).toEqual([]);
  });

  it('does not modify the document', () => {
    const doc = fixture('en-regulator-blocks-discord.html');
    const before = doc.documentElement.outerHTML;
    analyzeDocument(doc, { url: 'https://news.example/discord', now: NOW, force: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('hostile pages', () => {
  it('survives a DOM nested 10,000 deep', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}TikTok banned${'</div>'.repeat(10_000)}</body></html>`;
    expect(timed(parse(html)).ms).toBeLessThan(LIMIT_MS);
  });

  it('survives 20 MB of text', () => {
    const text = 'The app was banned by the regulator on Monday. '.repeat(430_000);
    const html = `<html><body><article><h1>App banned</h1><p>${text}</p></article></body></html>`;
    expect(timed(parse(html)).ms).toBeLessThan(LIMIT_MS);
  });

  it('survives a page without <body>', () => {
    expect(timed(parse('<html><head><title>TikTok banned</title></head></html>')).ms).toBeLessThan(
      LIMIT_MS,
    );
  });

  it('survives huge attribute values and a script in the title', () => {
    const html = `<html><head><title><script>alert(1)</script>TikTok banned</title></head><body><div data-x="${'A'.repeat(5_000_000)}"><p>The regulator banned TikTok on Monday.</p></div></body></html>`;
    const doc = parse(html);
    expect(timed(doc).ms).toBeLessThan(LIMIT_MS);
    const result = analyzeDocument(doc, { url: 'https://news.example/a', now: NOW, force: true });
    expect(typeof result.title).toBe('string');
  });

  it('never reports a non-http(s) URL', () => {
    const html = `<html><head><base href="javascript:alert(1)"><link rel="canonical" href="javascript:alert(2)"></head><body><p>The regulator banned TikTok on Monday.</p></body></html>`;
    const doc = parse(html);
    const result = analyzeDocument(doc, { url: 'https://news.example/a', now: NOW, force: true });
    expect(result.url).toBe('https://news.example/a');
    expect(pageUrl(doc, 'javascript:alert(3)')).toBeNull();
    expect(
      pageUrl(parse('<link rel="canonical" href="data:text/html,x">'), 'file:///tmp/x.html'),
    ).toBeNull();
  });
});

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

describe('every page returns in time without throwing', () => {
  const files = [...htmlFiles(FIXTURES), ...htmlFiles(CORPUS_HTML)];
  it.each(files)('%s', (file) => {
    expect(timed(parse(readFileSync(file, 'utf8'))).ms).toBeLessThan(LIMIT_MS);
  });
});
