// End-to-end test of the built Firefox extension (.output/firefox-mv2) in Firefox ESR, driven
// over WebDriver BiDi without geckodriver.
//
// How the result is read: BiDi refuses to navigate a tab to moz-extension:// pages, so Firefox
// is started with --remote-allow-system-access, the privileged browser window is found with
// browsingContext.getTree({ 'moz:scope': 'chrome' }), and the popup is opened there as a tab with
// gBrowser.addTab(url, { triggeringPrincipal: system principal }). That tab is an ordinary
// content browsing context for BiDi: script.evaluate reads its DOM and, since it is an
// extension page, the extension's own IndexedDB (raw API) and browserAction badge.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyWithActiveTabGrant } from './lib/active-tab-grant.mjs';
import { evaluate, launchFirefox } from './lib/firefox.mjs';
import { suite } from './lib/runner.mjs';
import { serveStatic } from './lib/server.mjs';
import { READ_DB_EXPRESSION } from './lib/read-db.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIREFOX_EXT = process.env.E2E_FIREFOX_EXT ?? path.join(ROOT, '.output/firefox-mv2');
const GECKO_ID = 'ban-radar@ban-radar.example';
const UUID = '0b4d2c1e-5a7f-4e3b-9c8d-6b616e726164';
const EXT_ORIGIN = `moz-extension://${UUID}`;
const DE = '/de-tiktok-wechat-verbot.html';
const FRAMED = '/not-ban-with-frame.html';

const s = suite('Firefox ESR (headless, firefox-mv2, WebDriver BiDi)');
export default s;

/** @type {Awaited<ReturnType<typeof serveStatic>>} */
let server;
/** @type {import('./lib/firefox.mjs').FirefoxSession | null} */
let ff = null;
/** @type {string} */
let pageCtx = '';
/** @type {string} */
let chromeCtx = '';

s.before = async () => {
  server = await serveStatic(path.join(ROOT, 'e2e/fixtures'));
  ff = await launchFirefox({
    systemAccess: true,
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  const installed = await ff.send('webExtension.install', {
    extensionData: { type: 'path', path: FIREFOX_EXT },
  });
  assert.equal(installed.extension, GECKO_ID);
  pageCtx = (await ff.send('browsingContext.getTree', {})).contexts[0].context;
  const chrome = await ff.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  chromeCtx = chrome.contexts.find((/** @type {any} */ c) =>
    c.url.includes('browser.xhtml'),
  )?.context;
  assert.ok(chromeCtx, 'privileged browser window found');
};

s.after = async () => {
  await ff?.close();
  await server?.close();
};

/**
 * Load one of the fixtures in the page tab, brought to the front.
 * @param {string} file
 */
async function openPage(file) {
  if (!ff) throw new Error('no Firefox');
  await ff.send('browsingContext.activate', { context: pageCtx });
  await ff.send(
    'browsingContext.navigate',
    { context: pageCtx, url: server.origin + file, wait: 'complete' },
    20_000,
  );
}

/**
 * Open an extension page in a new tab from the privileged window; returns its BiDi context.
 * @param {string} file
 */
async function openExtensionTab(file) {
  if (!ff) throw new Error('no Firefox');
  const url = `${EXT_ORIGIN}/${file}`;
  await evaluate(
    ff,
    chromeCtx,
    `(() => {
      const tab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
      });
      gBrowser.selectedTab = tab;
      return true;
    })()`,
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    const tree = await ff.send('browsingContext.getTree', {});
    const found = tree.contexts.filter((/** @type {any} */ c) => c.url === url).pop();
    if (found) {
      const ready = await evaluate(ff, found.context, 'document.readyState').catch(() => '');
      if (ready === 'complete') return /** @type {string} */ (found.context);
    }
    if (Date.now() > deadline) throw new Error(`${url} did not open in 10 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

s.test(
  'extension installs and its popup renders',
  async (t) => {
    if (!ff) throw new Error('no Firefox');
    const popup = await openExtensionTab('popup.html');
    const text = await evaluate(ff, popup, 'document.body.innerText');
    t.log(`popup text starts: ${JSON.stringify(String(text).slice(0, 80))}`);
    assert.ok(String(text).trim().length > 0, 'popup shows something');
    await ff.send('browsingContext.close', { context: popup });
  },
  30_000,
);

s.test(
  'German article: stored with TikTok and WeChat events, badge, popup timeline',
  async (t) => {
    if (!ff) throw new Error('no Firefox');
    const fx = ff;
    await openPage(DE);
    const probe = await openExtensionTab('popup.html');
    /** @type {any[]} */
    let events = [];
    const deadline = Date.now() + 10_000;
    for (;;) {
      const raw = await evaluate(fx, probe, READ_DB_EXPRESSION);
      /** @type {any} */
      const db = raw ? JSON.parse(raw) : null;
      const articles = (db?.stores.articles ?? []).filter((/** @type {any} */ a) =>
        String(a.id).includes(DE),
      );
      const ids = new Set(articles.map((/** @type {any} */ a) => a.id));
      events = (db?.stores.events ?? []).filter((/** @type {any} */ e) => ids.has(e.articleId));
      if (articles.length && events.length) break;
      if (Date.now() > deadline) {
        throw new Error(
          `article ${DE} not in IndexedDB ban-radar after 10 s (db: ${db ? `v${db.version}, ${db.stores.articles?.length ?? 0} articles` : 'does not exist'})`,
        );
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    t.log(
      `events: ${events
        .map((e) => `${e.app}/${e.jurisdiction}/${e.kind}/${e.status}/${e.date}`)
        .sort()
        .join(', ')}`,
    );
    const has = (/** @type {string} */ app, /** @type {string} */ date) =>
      events.some((e) => e.app === app && e.jurisdiction === 'US' && e.date === date);
    assert.ok(has('WeChat', '2020-09-20'), 'WeChat US 2020-09-20');
    assert.ok(has('TikTok', '2020-09-20'), 'TikTok US 2020-09-20');
    assert.ok(has('TikTok', '2020-11-12'), 'TikTok US 2020-11-12');

    // The fixture is the window's first tab; the badge is per tab.
    const badge = await evaluate(
      fx,
      probe,
      `(async () => {
      const [tab] = await browser.tabs.query({ currentWindow: true, index: 0 });
      return browser.browserAction.getBadgeText({ tabId: tab.id });
    })()`,
    );
    t.log(`badge "${badge}"`);
    assert.equal(badge, String(events.length), 'badge shows the number of restrictions');
    // The background prerenders the popup's first screen after the change (storage.session).
    const prerendered = await evaluate(
      fx,
      probe,
      `new Promise((resolve) => {
        const start = Date.now();
        const tick = () =>
          browser.storage.session.get('firstScreenMarkup').then(({ firstScreenMarkup: m }) => {
            const found = JSON.stringify(m?.nodes ?? null).includes('WeChat');
            if (found || Date.now() - start > 10000) resolve(found);
            else setTimeout(tick, 100);
          });
        tick();
      })`,
    );
    assert.ok(prerendered, 'the background prerendered the first screen with the new cards');
    await fx.send('browsingContext.close', { context: probe });

    const popup = await openExtensionTab('popup.html');
    const cards = JSON.parse(
      await evaluate(
        fx,
        popup,
        `new Promise((resolve) => {
        const read = () => [...document.querySelectorAll('article')].map((a) => ({
          heading: a.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim() ?? '',
          text: a.innerText.replace(/\\s+/g, ' '),
          times: [...a.querySelectorAll('time')].map((t) => t.dateTime),
        }));
        const start = Date.now();
        const tick = () => {
          const cards = read();
          if (cards.length || Date.now() - start > 5000) resolve(JSON.stringify(cards));
          else setTimeout(tick, 100);
        };
        tick();
      })`,
      ),
    );
    t.log(`popup cards: ${cards.map((/** @type {any} */ c) => c.heading).join(', ')}`);
    const from = await evaluate(
      fx,
      popup,
      `performance.getEntriesByName('ban-radar:first-content')[0]?.detail?.from ?? 'none'`,
    );
    assert.equal(from, 'first-screen', 'the popup first showed the prerendered first screen');
    for (const app of ['TikTok', 'WeChat']) {
      const card = cards.find((/** @type {any} */ c) => c.heading === app);
      assert.ok(card, `popup has a card for ${app}`);
      const shows2020 =
        card.times.some((/** @type {string} */ d) => d.startsWith('2020-09-20')) ||
        /20(\.| )? ?Sep|Sep\w*\.? 20|2020-09-20|20\.09\.2020/.test(card.text);
      assert.ok(shows2020, `${app} card shows 20 Sep 2020: ${card.text}`);
    }
  },
  60_000,
);

s.test(
  "this page: a skipped page answers through its content script's handle; analyse now",
  async (t) => {
    if (!ff) throw new Error('no Firefox');
    const fx = ff;
    // The last test: it replaces the add-on with a copy that has the access the toolbar click's
    // activeTab would give (e2e/lib/active-tab-grant.mjs).
    const extDir = await copyWithActiveTabGrant(FIREFOX_EXT);
    try {
      await fx.send('webExtension.install', { extensionData: { type: 'path', path: extDir } });
      await openPage(FRAMED);
      const options = await openExtensionTab('options.html');
      const replies = JSON.parse(
        await evaluate(
          fx,
          options,
          `(async () => {
            const tabs = await browser.tabs.query({});
            const tab = tabs.find((tab) => tab.url === ${JSON.stringify(server.origin + FRAMED)});
            const ask = (type) => browser.runtime.sendMessage({ type, tabId: tab.id });
            let status = await ask('get-tab-report');
            for (let i = 0; i < 40 && status.value?.status !== 'skipped'; i++) {
              await new Promise((r) => setTimeout(r, 250));
              status = await ask('get-tab-report');
            }
            return JSON.stringify([status, await ask('analyze-tab')]);
          })()`,
        ),
      );
      t.log(`replies: ${JSON.stringify(replies).slice(0, 200)}`);
      const [status, analysed] = replies;
      assert.equal(status.value.status, 'skipped', 'the gate skipped the page, and says so');
      assert.equal(analysed.value.status, 'reported', 'the page was analysed on request');
      assert.equal(analysed.value.result.isBanArticle, false, 'a soup recipe is no ban article');
      await fx.send('browsingContext.close', { context: options });
    } finally {
      await rm(extDir, { recursive: true, force: true });
    }
  },
  60_000,
);
