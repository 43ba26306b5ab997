// The popup and options pages opened as ordinary tabs (chrome-extension://ID/popup.html), and
// queries that follow the popup's DOM contract: <section aria-labelledby> per area, one
// <article> per app whose heading is the app name, source links as <a> with the article title.

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extId
 * @param {{ page?: string, width?: number, height?: number, colorScheme?: 'light' | 'dark' }} [opts]
 */
export async function openExtensionPage(context, extId, opts = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width: opts.width ?? 400, height: opts.height ?? 600 });
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  await page.goto(`chrome-extension://${extId}/${opts.page ?? 'popup'}.html`);
  return page;
}

/**
 * Wait until the popup says it has drawn its first content (the `ban-radar:first-content` mark),
 * falling back to its "Timeline" heading. Returns the mark's time from navigation start, or null.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 * @returns {Promise<number | null>}
 */
export async function waitForFirstContent(page, timeout = 15_000) {
  const handle = await page
    .waitForFunction(
      () => performance.getEntriesByName('ban-radar:first-content').length > 0,
      undefined,
      { timeout },
    )
    .catch(() => null);
  if (handle) {
    return page.evaluate(
      () => performance.getEntriesByName('ban-radar:first-content')[0].startTime,
    );
  }
  await page.getByRole('heading', { name: 'Timeline' }).first().waitFor({ timeout: 2000 });
  return null;
}

/**
 * Wait until the popup shows the result of its full database read (the `ban-radar:full-content`
 * mark). Until then it may show the first-screen snapshot, whose entries have no details yet.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitForFullContent(page, timeout = 15_000) {
  await page.waitForFunction(
    () => performance.getEntriesByName('ban-radar:full-content').length > 0,
    undefined,
    { timeout },
  );
}

/**
 * The app card: an <article> whose heading is exactly the app name.
 * @param {import('playwright-core').Page} page
 * @param {string} app
 */
export function appCard(page, app) {
  return page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: app, exact: true }) });
}

/**
 * Expand every collapsed timeline entry (buttons with aria-expanded=false inside app cards), so
 * their details (sources, evidence) are in the DOM.
 * @param {import('playwright-core').Page} page
 */
export async function expandAllEntries(page) {
  for (let round = 0; round < 3; round++) {
    const toggles = page.getByRole('article').getByRole('button', { expanded: false });
    const n = await toggles.count();
    if (!n) return;
    for (let i = n - 1; i >= 0; i--) await toggles.nth(i).click();
  }
}

/**
 * Whether an element shows `isoDate` (YYYY-MM-DD) in some usual form: a <time datetime>, the
 * ISO text, or any Intl date style in en/de.
 * @param {import('playwright-core').Locator} locator
 * @param {string} isoDate
 */
export function showsDate(locator, isoDate) {
  return locator.evaluate((el, iso) => {
    const text = /** @type {HTMLElement} */ (el).innerText.replace(/\s+/g, ' ');
    if (text.includes(iso)) return true;
    if ([...el.querySelectorAll('time')].some((t) => t.dateTime.startsWith(iso))) return true;
    const d = new Date(`${iso}T12:00:00Z`);
    for (const locale of [navigator.language, 'en', 'en-US', 'en-GB', 'de', 'de-DE']) {
      for (const dateStyle of /** @type {const} */ (['full', 'long', 'medium', 'short'])) {
        const s = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(d);
        if (text.includes(s)) return true;
      }
      const noYear = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(d);
      const noYearLong = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(d);
      if ((text.includes(noYear) || text.includes(noYearLong)) && text.includes(iso.slice(0, 4)))
        return true;
    }
    return false;
  }, isoDate);
}

/**
 * Every href/src/action-like attribute and every on* attribute in the page, for safety checks.
 * @param {import('playwright-core').Page} page
 */
export function unsafeMarkup(page) {
  return page.evaluate(() => {
    /** @type {string[]} */
    const problems = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const value = attr.value.trim().toLowerCase().replace(/\s/g, '');
        const bare = [...value].filter((c) => c.charCodeAt(0) > 0x1f).join('');
        if (name.startsWith('on')) problems.push(`<${el.localName} ${name}="${attr.value}">`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
          if (/^(javascript|vbscript|data:text\/html)/.test(bare)) {
            problems.push(`<${el.localName} ${name}="${attr.value}">`);
          }
        }
      }
    }
    for (const a of document.querySelectorAll('a[href]')) {
      const href = /** @type {HTMLAnchorElement} */ (a).href;
      if (!/^(https?|chrome-extension|moz-extension):/.test(href)) problems.push(`link to ${href}`);
    }
    return problems;
  });
}
