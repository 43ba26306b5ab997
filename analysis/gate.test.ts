import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gatePage } from './gate';
import { gateLead } from './lead-gate';

const parse = (html: string): Document =>
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const filler =
  'The minister spoke to reporters for a long time about many topics, from the budget to the weather, and took questions afterwards. ';

function page(title: string, lead: string): Document {
  return parse(
    `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${lead}</p><p>${filler.repeat(4)}</p><p>${filler.repeat(3)}</p></article></body></html>`,
  );
}

describe('gatePage', () => {
  it('lets through an article about an app being blocked', () => {
    const doc = page(
      'Regulator blocks chat app',
      'The national regulator blocked the messaging app Telegram on Monday, citing security concerns raised by the ministry.',
    );
    expect(gatePage(doc, 'https://news.example/a').candidate).toBe(true);
  });

  it('recognises restriction words in other languages', () => {
    const doc = page(
      'Behörde sperrt Video-App',
      'Die Aufsichtsbehörde hat die Video-App TikTok am Dienstag gesperrt, wie das Ministerium mitteilte, und weitere Schritte angekündigt.',
    );
    expect(gatePage(doc, 'https://news.example/b').candidate).toBe(true);
  });

  it('stops pages without restriction words', () => {
    const doc = page(
      'New phone unveiled',
      'A manufacturer presented its new phone with a larger screen and a better camera at an event on Tuesday evening.',
    );
    expect(gatePage(doc, 'https://news.example/c')).toEqual({
      candidate: false,
      reason: 'no restriction word',
    });
  });

  it('stops restriction news about things that are not services', () => {
    const doc = page(
      'Town bans fireworks',
      'The town council banned fireworks in the old town for the coming new year celebrations after complaints from residents.',
    );
    expect(gatePage(doc, 'https://news.example/d').candidate).toBe(false);
  });

  it('stops restriction news that names no app or service', () => {
    const doc = page(
      'Regulator blocks chat app',
      'The national regulator blocked a messaging app on Monday, citing security concerns raised by the ministry.',
    );
    expect(gatePage(doc, 'https://news.example/f')).toEqual({
      candidate: false,
      reason: 'no app named',
    });
  });

  it('looks for the app in the opening only, not in text far down the page', () => {
    const doc = parse(
      `<html><head><title>Regulator blocks chat app</title></head><body><article><h1>Regulator blocks chat app</h1>` +
        `<p>The national regulator blocked a messaging app on Monday, citing security concerns.</p>` +
        `<p>${filler.repeat(25)}</p><p>Telegram declined to comment on the decision of the regulator.</p></article></body></html>`,
    );
    expect(gatePage(doc, 'https://news.example/g').reason).toBe('no app named');
  });

  it('stops pages that are not articles, which the content script leaves to the background', () => {
    const doc = parse(
      '<html><head><title>TikTok app banned</title></head><body><p>TikTok app ban</p></body></html>',
    );
    expect(gateLead(doc, 'https://news.example/e').candidate).toBe(true);
    expect(gatePage(doc, 'https://news.example/e')).toEqual({
      candidate: false,
      reason: 'not an article',
    });
  });

  it('finds restriction words written in capitals, in quotes or after a hyphen', () => {
    for (const title of ['TIKTOK APP BANNED', 'Telegram app „blocked“', 'TikTok-Sperre der App']) {
      expect(gateLead(page(title, filler), 'https://news.example/h').reason).toBe(
        'restriction words in the lead',
      );
    }
  });

  it('ignores non-web URLs, whatever their case', () => {
    const doc = page('Regulator blocks chat app', 'The regulator blocked the app.');
    expect(gatePage(doc, 'javascript:alert(1)').candidate).toBe(false);
    expect(gatePage(doc, 'JavaScript:alert(1)').candidate).toBe(false);
    const article = page('Regulator blocks Telegram app', 'The regulator blocked Telegram.');
    expect(gatePage(article, 'HTTPS://news.example/i').candidate).toBe(true);
  });
});
