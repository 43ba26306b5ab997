/* global chrome */
// Launch headless Chromium (Debian's /usr/bin/chromium) with an unpacked extension through
// playwright-core, and small helpers that read the extension's state from its service worker.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { readBanRadarDbInPage } from './read-db.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL_HINT =
  'install it with: apt-get update && apt-get install -y chromium chromium-l10n firefox-esr';

/** Close functions of browsers still open (a timed-out test may leave one behind). */
const open = new Set();

/** Close every browser this module started and has not closed yet. */
export async function closeAllChromium() {
  await Promise.all([...open].map((close) => close()));
}

/** Throw a clear error when the browser is not installed. */
export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; ${INSTALL_HINT} (or set CHROMIUM_PATH)`,
    );
  }
}

/** @param {string} url */
export function isLoopbackOrLocal(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (
    ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(u.protocol)
  )
    return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/**
 * @typedef {{
 *   context: import('playwright-core').BrowserContext,
 *   worker: import('playwright-core').Worker,
 *   extId: string,
 *   blocked: string[],
 *   close: () => Promise<void>,
 * }} ExtBrowser
 */

/**
 * Start a fresh persistent context with the extension loaded. Non-loopback requests are aborted
 * (and recorded in `blocked`). With `javaScriptEnabled: false` page scripts do not run but
 * content scripts do (and so do page.evaluate calls, though page timers do not fire).
 * @param {{
 *   extDir: string,
 *   lang?: string,
 *   javaScriptEnabled?: boolean,
 *   viewport?: { width: number, height: number },
 *   extraArgs?: string[],
 *   noWorker?: boolean,
 * }} opts
 * @returns {Promise<ExtBrowser>}
 */
export async function launchWithExtension(opts) {
  assertChromium();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ban-radar-chromium-'));
  const args = [
    `--disable-extensions-except=${opts.extDir}`,
    `--load-extension=${opts.extDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...(opts.lang ? [`--lang=${opts.lang}`, `--accept-lang=${opts.lang}`] : []),
    ...(opts.extraArgs ?? []),
  ];
  /** @type {Record<string, string>} */
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([, v]) => typeof v === 'string'),
  );
  if (opts.lang) {
    // On Linux Chromium takes its UI locale (and so chrome.i18n's) from the environment.
    env.LANGUAGE = opts.lang;
    env.LANG = `${opts.lang.replace('-', '_')}.UTF-8`;
    env.LC_ALL = env.LANG;
  }
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args,
      env,
      locale: opts.lang,
      javaScriptEnabled: opts.javaScriptEnabled ?? true,
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      timeout: 30_000,
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }
  /** @type {string[]} */
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopbackOrLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const close = async () => {
    open.delete(close);
    await context?.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  };
  open.add(close);
  if (opts.noWorker) {
    // An extension without a background (the bench's empty extension): nothing to wait for.
    return { context, worker: /** @type {any} */ (null), extId: '', blocked, close };
  }
  try {
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) {
      worker = await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      });
    }
    const extId = new URL(worker.url()).host;
    return { context, worker, extId, blocked, close };
  } catch (err) {
    await close();
    throw new Error(`extension service worker did not start: ${err}`, { cause: err });
  }
}

/**
 * Poll `fn` until it returns a truthy value.
 * @template T
 * @param {() => Promise<T>} fn
 * @param {{ timeout?: number, interval?: number, what?: string }} [opts]
 * @returns {Promise<T>}
 */
export async function waitFor(fn, opts = {}) {
  const deadline = Date.now() + (opts.timeout ?? 8000);
  /** @type {unknown} */
  let lastErr;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${opts.what ?? 'condition'}${lastErr ? `: ${lastErr}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, opts.interval ?? 150));
  }
}

/**
 * Every record of every store of the `ban-radar` database, read with raw IndexedDB inside the
 * service worker; null while the database does not exist (it is never created from here, so
 * the extension's own upgrade runs from version 0).
 * @param {import('playwright-core').Worker} worker
 * @returns {Promise<null | { version: number, stores: Record<string, any[]> }>}
 */
export function readDb(worker) {
  return worker.evaluate(readBanRadarDbInPage);
}

/**
 * The tab id Chromium gave to `page` (matched through the extension's view of its tabs).
 * The extension has no `tabs` permission, so tab URLs may be hidden; the page is brought to the
 * front and the active tab of the last focused window is taken.
 * @param {import('playwright-core').Worker} worker
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  const url = page.url();
  return worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.find((t) => t.url === pageUrl);
    if (byUrl?.id !== undefined) return byUrl.id;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id === undefined) throw new Error('no active tab');
    return active.id;
  }, url);
}

/**
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @returns {Promise<string>}
 */
export function badgeText(worker, tabId) {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
