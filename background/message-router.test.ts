import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '../settings/settings-store';
import { loadTimelineData } from '../storage/queries';
import { openBanRadarDb } from '../storage/db';
import { FIRST_SCREEN_KEY, parseFirstScreen } from '../timeline/first-screen';
import { firstScreenSettled } from './first-screen-cache';
import { routeMessage } from './message-router';

const ORIGIN = 'chrome-extension://test-extension-id/';
const contentScript = (tabId: number, url: string) => ({
  id: 'test-extension-id',
  url,
  tab: { id: tabId },
  frameId: 0,
});
const popup = { id: 'test-extension-id', url: `${ORIGIN}popup.html` };

/** The copy a content script sends of an English article about an app being blocked. */
const article = (title: string, paragraphs = CHATGPT_BLOCKED): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title>` +
  '<meta property="article:published_time" content="2025-03-01T08:00:00Z"></head>' +
  `<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const CHATGPT_BLOCKED = [
  'Italy’s data protection authority has ordered ChatGPT to be blocked in Italy from 31 March over privacy concerns.',
  'The regulator said the chatbot would be unavailable to users in the country until the company complies with the order.',
  'OpenAI said it would comply and suspend the service in Italy.',
];

const report = (url: string, html: string) => ({
  type: 'page-snapshot',
  pageUrl: url,
  html,
});

describe('routeMessage', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(async () => {
    fakeBrowser.reset();
    await (await openBanRadarDb()).clear('events');
    await (await openBanRadarDb()).clear('articles');
  });

  it('analyses a page copy from a content script, stores it and shows its count on the tab badge', async () => {
    const url = 'https://daily.example/chatbot-blocked';
    const reply = await routeMessage(
      report(url, article('Italy blocks ChatGPT over privacy concerns')),
      contentScript(4, url),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { status: 'reported', result: { isBanArticle: true, lang: 'en' } },
    });
    const { articles, events } = await loadTimelineData(await openBanRadarDb());
    expect(articles.map((a) => a.title)).toEqual(['Italy blocks ChatGPT over privacy concerns']);
    expect(events.map((e) => `${e.app}|${e.jurisdiction}|${e.date}`)).toContain(
      'ChatGPT|IT|2025-03-31',
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe(String(events.length));
  });

  it('stores nothing for a page without a ban, and removes the article when its page no longer reads as one', async () => {
    const url = 'https://daily.example/recipes';
    const recipe = article('Ten soups for winter', [
      'Leek and potato soup is easy to make and keeps for three days in the fridge.',
    ]);
    const quiet = await routeMessage(report(url, recipe), contentScript(4, url));
    expect(quiet).toMatchObject({
      ok: true,
      value: { status: 'reported', result: { isBanArticle: false } },
    });
    expect((await loadTimelineData(await openBanRadarDb())).articles).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');

    const changing = 'https://daily.example/chatbot';
    await routeMessage(
      report(changing, article('Italy blocks ChatGPT over privacy concerns')),
      contentScript(5, changing),
    );
    expect((await loadTimelineData(await openBanRadarDb())).articles).toHaveLength(1);
    await routeMessage(report(changing, recipe), contentScript(5, changing));
    expect((await loadTimelineData(await openBanRadarDb())).articles).toHaveLength(0);
  });

  it('refuses data changes from content scripts and messages from strangers', async () => {
    const url = 'https://evil.example/';
    expect(await routeMessage({ type: 'clear-all' }, contentScript(4, url))).toMatchObject({
      ok: false,
    });
    const stranger = { ...contentScript(4, url), id: 'another-extension' };
    expect(await routeMessage(report(url, article('x')), stranger)).toMatchObject({
      ok: false,
      error: 'refused: unknown sender',
    });
    expect((await loadTimelineData(await openBanRadarDb())).articles).toHaveLength(0);
  });

  it('does not store reports from excluded sites or while paused', async () => {
    await saveSettings({ paused: false, excludedSites: ['daily.example'], notifications: false });
    const url = 'https://www.daily.example/chatbot-blocked';
    const excluded = await routeMessage(
      report(url, article('Italy blocks ChatGPT over privacy concerns')),
      contentScript(4, url),
    );
    expect(excluded).toMatchObject({ ok: true, value: { status: 'excluded' } });
    await saveSettings({ paused: true, excludedSites: [], notifications: false });
    const paused = await routeMessage(
      report(url, article('Italy blocks ChatGPT over privacy concerns')),
      contentScript(4, url),
    );
    expect(paused).toMatchObject({ ok: true, value: { status: 'paused' } });
    expect((await loadTimelineData(await openBanRadarDb())).articles).toHaveLength(0);
  });

  it('checks that a page is an article before analysing it, unless the user asked', async () => {
    // The content script's gate reads only the lead: this headline list passes it.
    const url = 'https://daily.example/live';
    const headlines =
      '<!DOCTYPE html><html lang="en"><head><title>Italy blocks ChatGPT app: live</title></head>' +
      '<body><ul><li><a href="/a">Italy blocks ChatGPT</a></li><li><a href="/b">Weather</a></li></ul></body></html>';
    const unasked = await routeMessage(report(url, headlines), contentScript(4, url));
    expect(unasked).toMatchObject({
      ok: true,
      value: { status: 'reported', result: { isBanArticle: false, events: [] } },
    });
    const asked = await routeMessage(
      { ...report(url, headlines), requested: true },
      contentScript(4, url),
    );
    expect(asked).toMatchObject({ ok: true, value: { result: { isBanArticle: true } } });
  });

  it('analyses a page the user asked about even while paused', async () => {
    await saveSettings({ paused: true, excludedSites: ['daily.example'], notifications: false });
    const url = 'https://www.daily.example/chatbot-blocked';
    const asked = await routeMessage(
      { ...report(url, article('Italy blocks ChatGPT over privacy concerns')), requested: true },
      contentScript(4, url),
    );
    expect(asked).toMatchObject({ ok: true, value: { status: 'reported' } });
    expect((await loadTimelineData(await openBanRadarDb())).articles).toHaveLength(1);
  });

  it('lets the popup dismiss an article and clear everything', async () => {
    const url = 'https://daily.example/chatbot-blocked';
    await routeMessage(
      report(url, article('Italy blocks ChatGPT over privacy concerns')),
      contentScript(4, url),
    );
    expect(await routeMessage({ type: 'dismiss-article', url }, popup)).toEqual({
      ok: true,
      value: null,
    });
    expect((await loadTimelineData(await openBanRadarDb())).events).toHaveLength(0);
    const again = await routeMessage(
      report(url, article('Italy blocks ChatGPT over privacy concerns')),
      contentScript(4, url),
    );
    expect(again).toMatchObject({ ok: true, value: { status: 'dismissed' } });
    expect((await loadTimelineData(await openBanRadarDb())).events).toHaveLength(0);
  });

  it('keeps the popup first screen in step with reports and with what the user changes', async () => {
    const firstScreen = async () => {
      await firstScreenSettled();
      const stored = await fakeBrowser.storage.session.get(FIRST_SCREEN_KEY);
      return parseFirstScreen(stored[FIRST_SCREEN_KEY]);
    };
    const url = 'https://daily.example/chatbot-limits'; // not the one dismissed above
    await routeMessage(report(url, article('Chatbot blocked')), contentScript(4, url));
    expect((await firstScreen())?.cards.map((card) => card.app)).toEqual(['ChatGPT']);
    await routeMessage({ type: 'clear-all' }, popup);
    expect(await firstScreen()).toMatchObject({ cards: [], totals: { apps: 0 } });
  });

  it('stores a report even when the first screen cannot be stored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    const url = 'https://daily.example/chatbot-limits'; // not the one dismissed above
    const reply = await routeMessage(
      report(url, article('Chatbot blocked')),
      contentScript(4, url),
    );
    await firstScreenSettled();
    expect(reply).toMatchObject({ ok: true, value: { status: 'reported' } });
    expect((await loadTimelineData(await openBanRadarDb())).events).toHaveLength(1);
    expect(warn).toHaveBeenCalled();
  });

  it('answers a forged import with a clear error and keeps running', async () => {
    const reply = await routeMessage({ type: 'import-data', json: '{"not":"ours"}' }, popup);
    expect(reply).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'clear-all' }, popup)).toEqual({ ok: true, value: null });
  });
});
