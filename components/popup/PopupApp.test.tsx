import { document, window } from './test-dom';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBanRadarDb } from '../../storage/db';
import { article, event } from '../../timeline/fixtures/records';
import { buildFirstScreen, type FirstScreen } from '../../timeline/first-screen';
import { buildTimeline } from '../../timeline/summarize';
import type { StoredData } from '../stored-data';
import { CARD_PAGE_SIZE, FIRST_COMMIT_CARDS } from '../../timeline/view';
import { mountPopup } from './mount';
import { PopupApp } from './PopupApp';
import { buildMarkup } from './first-screen-markup';
import { renderFirstScreenMarkup } from './prerender';

const TODAY = new Date(2030, 3, 1, 12);

/** Thirty apps, each with ten entries in one place, the first app's newest. */
function records() {
  const articles = Array.from({ length: 30 }, (_, index) =>
    article(`news${index}`, {
      lastSeen: `2030-01-${String(30 - index).padStart(2, '0')}T09:00:00.000Z`,
    }),
  );
  const events = articles.flatMap((source, index) =>
    Array.from({ length: 10 }, (_, day) =>
      event(source, {
        app: `App ${String(index + 1).padStart(2, '0')}`,
        date: `2029-0${1 + (day % 9)}-1${index % 9}`,
        kind: day < 9 ? 'payments' : 'ban',
        status: day < 9 ? 'effective' : 'announced',
        ...(day === 9 ? { date: '2028-12' } : {}),
      }),
    ),
  );
  return { articles, events };
}

const data = records();
const snapshot = buildFirstScreen(buildTimeline(data.articles, data.events, TODAY), TODAY);

/** A read the test finishes when it wants to. */
function pendingRead() {
  let finish: (data: StoredData) => void = () => {};
  const read = new Promise<StoredData>((resolve) => (finish = resolve));
  return { read, finish };
}

let root: Root;
let container: HTMLElement;

async function open(firstScreen: FirstScreen | null, firstRead: Promise<StoredData>) {
  await act(async () => {
    root.render(
      <PopupApp today={TODAY} locale="en" firstRead={firstRead} firstScreen={firstScreen} />,
    );
  });
}

async function finishRead(finish: (data: StoredData) => void) {
  const db = await openBanRadarDb();
  await act(async () => finish({ status: 'ready', db, ...data }));
}

const timeline = () => {
  const section = [...container.querySelectorAll('section')].find((s) =>
    s.textContent?.startsWith('timelineHeading'),
  );
  if (!section) throw new Error('no timeline section');
  return section;
};
/** Texts, not elements: a failed assertion on linkedom nodes overflows vitest's printer. */
const cardApps = () => [...timeline().querySelectorAll('article h3')].map((h) => h.textContent);
const firstContent = () => performance.getEntriesByName('ban-radar:first-content');
const fullContent = () => performance.getEntriesByName('ban-radar:full-content');
const click = (element: Element | null | undefined) =>
  act(async () => {
    element?.dispatchEvent(new window.Event('click', { bubbles: true }));
  });

describe('PopupApp with a first-screen snapshot', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    performance.clearMarks();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows the snapshot first, then the full timeline in the same elements', async () => {
    const { read, finish } = pendingRead();
    await open(snapshot, read);

    expect(cardApps()).toEqual(snapshot?.cards.map((card) => card.app));
    // The snapshot holds the first cards only; the rest of the page comes with the full read.
    expect(cardApps()).toHaveLength(FIRST_COMMIT_CARDS);
    expect(timeline().querySelector('.timeline-results')?.getAttribute('aria-busy')).toBe('true');
    expect(firstContent().map((mark) => (mark as PerformanceMark).detail)).toEqual([
      { from: 'first-screen' },
    ]);
    expect(fullContent()).toHaveLength(0);
    // Month precision stays a month on the first screen.
    expect(timeline().querySelector('article time')?.textContent).toBe('Dec 2028');
    const heading = timeline().querySelector('article h3');
    const secondCard = timeline().querySelectorAll('article')[1]?.textContent;

    // Asked for before the full data is there: visibly busy, never a partial answer.
    const toggle = timeline().querySelector('article .entry-toggle');
    await click(toggle);
    const details = timeline().querySelector('article .entry-details');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(details?.getAttribute('aria-busy')).toBe('true');
    expect(details?.querySelector('a')).toBeNull();
    const showAll = [...timeline().querySelectorAll('article button')].find(
      (button) => button.textContent === 'showAllEntries',
    );
    await click(showAll);
    expect(timeline().querySelector('article')?.getAttribute('aria-busy')).toBe('true');
    await click(
      [...timeline().querySelectorAll('button')].find((b) => b.textContent === 'showMoreApps'),
    );
    expect(timeline().querySelector('.timeline-results')?.getAttribute('aria-busy')).toBe('true');

    await finishRead(finish);
    // Same elements, same content where nothing changed; what was asked for is now there.
    expect(timeline().querySelector('article h3') === heading).toBe(true);
    expect(timeline().querySelectorAll('article')[1]?.textContent).toBe(secondCard);
    expect(timeline().querySelector('article .entry-details') === details).toBe(true);
    expect(details?.getAttribute('aria-busy')).toBeNull();
    expect(details?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(timeline().querySelector('article')?.querySelectorAll('.entry-toggle')).toHaveLength(10);
    expect(timeline().querySelector('[aria-busy]')).toBeNull();
    expect(cardApps()).toHaveLength(30);
    expect(firstContent()).toHaveLength(1);
    expect(fullContent()).toHaveLength(1);
  });

  it('lets a search wait for the full timeline instead of searching the snapshot', async () => {
    const { read, finish } = pendingRead();
    await open(snapshot, read);
    const search = timeline().querySelector('input[type="search"]') as HTMLInputElement;
    await act(async () => {
      // As a user types: through the element's own value setter, which React watches.
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(search), 'value')?.set?.call(
        search,
        'App 30',
      );
      search.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    // App 30 is past the snapshot's cards: searching those alone would say "no matches".
    expect(cardApps()).toHaveLength(0);
    expect(timeline().querySelector('.timeline-results')?.getAttribute('aria-busy')).toBe('true');
    expect(timeline().textContent).not.toContain('noMatches');
    await finishRead(finish);
    expect(cardApps()).toEqual(['App 30']);
  });

  it('waits for the full read without a snapshot, as before', async () => {
    const { read, finish } = pendingRead();
    await open(null, read);
    expect(cardApps()).toHaveLength(0);
    expect(timeline().textContent).toContain('loading');
    expect(firstContent()).toHaveLength(0);
    await finishRead(finish);
    expect(cardApps()).toHaveLength(CARD_PAGE_SIZE);
    expect(firstContent().map((mark) => (mark as PerformanceMark).detail)).toEqual([
      { from: 'database' },
    ]);
  });
});

describe('PopupApp over its prerendered first screen', () => {
  const hostile = buildFirstScreen(
    buildTimeline(
      data.articles,
      data.events.map((e) =>
        e.app === 'App 01' ? { ...e, app: '<img src=x onerror="alert(1)">' } : e,
      ),
      TODAY,
    ),
    TODAY,
  );
  let hydrated: Root | null = null;
  /** What the popup's entry inserts: the background's markup, built with DOM calls. */
  const prerenderedNodes = (first: FirstScreen) =>
    buildMarkup(document as unknown as Document, renderFirstScreenMarkup(first, TODAY, 'en').nodes);

  beforeEach(() => {
    fakeBrowser.reset();
    performance.clearMarks();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    if (hydrated) act(() => hydrated?.unmount());
    hydrated = null;
    container.remove();
  });

  /**
   * As the popup's entry does after inserting the background's markup: let React adopt it. Gives
   * whether React gave up on the markup and rendered afresh (its recoverable error, which
   * mount.tsx reports). React's development build also compares attributes; linkedom keeps the
   * case of attribute names (`dateTime`) where a browser's parser lowercases them, so that
   * check is not meaningful here: the end-to-end test runs hydration in Chromium.
   */
  async function hydrate(first: FirstScreen, read: Promise<StoredData>) {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      hydrated = mountPopup(container, {
        today: TODAY,
        locale: 'en',
        firstRead: read,
        firstScreen: first,
        prerendered: true,
      });
    });
    const reRendered = warn.mock.calls.some((call) => String(call[0]).includes('re-rendered'));
    warn.mockRestore();
    error.mockRestore();
    return { reRendered };
  }

  it('is adopted by React as it is, even when the database read is already done', async () => {
    const first = snapshot as FirstScreen;
    container.replaceChildren(prerenderedNodes(first));
    expect(cardApps()).toEqual(first.cards.map((card) => card.app));
    const heading = timeline().querySelector('article h3');

    const db = await openBanRadarDb();
    const done = Promise.resolve<StoredData>({ status: 'ready', db, ...data });
    await done;
    expect(await hydrate(first, done)).toEqual({ reRendered: false });
    // Hydration kept the elements; the finished read then filled in the full timeline.
    expect(timeline().querySelector('article h3') === heading).toBe(true);
    expect(cardApps()).toHaveLength(CARD_PAGE_SIZE);
    expect(fullContent()).toHaveLength(1);
  });

  it('keeps the very same DOM until the full read is in, and reacts to clicks', async () => {
    const first = snapshot as FirstScreen;
    const { read, finish } = pendingRead();
    container.replaceChildren(prerenderedNodes(first));
    const prerendered = timeline().querySelector('article h3');
    expect(await hydrate(first, read)).toEqual({ reRendered: false });
    const heading = timeline().querySelector('article h3');
    expect(heading === prerendered).toBe(true);
    expect(cardApps()).toEqual(first.cards.map((card) => card.app));
    const toggle = timeline().querySelector('article .entry-toggle');
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    await finishRead(finish);
    expect(timeline().querySelector('article h3') === heading).toBe(true);
    expect(cardApps()).toHaveLength(CARD_PAGE_SIZE);
  });

  it('holds page text only as text', () => {
    container.replaceChildren(prerenderedNodes(hostile as FirstScreen));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(cardApps()).toContain('<img src=x onerror="alert(1)">');
  });
});
