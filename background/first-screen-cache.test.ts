import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBanRadarDb } from '../storage/db';
import { banReport, restriction } from '../storage/fixtures/reports';
import { ingestReport } from '../storage/ingest';
import { clearAll } from '../storage/queries';
import * as prerender from '../components/popup/prerender';
import { renderFirstScreenMarkup } from '../components/popup/prerender';
import {
  FIRST_SCREEN_MARKUP_KEY,
  parseFirstScreenMarkup,
} from '../components/popup/first-screen-markup';
import { FIRST_SCREEN_KEY, parseFirstScreen } from '../timeline/first-screen';
import {
  coalesce,
  firstScreenSettled,
  refreshFirstScreen,
  watchFirstScreen,
} from './first-screen-cache';

// The database opener, wrapped so a test can hold one computation at its start.
vi.mock('../storage/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../storage/db')>();
  return { ...actual, openBanRadarDb: vi.fn(actual.openBanRadarDb) };
});
const { openBanRadarDb: realOpen } =
  await vi.importActual<typeof import('../storage/db')>('../storage/db');

async function storedFirstScreen() {
  const stored = await fakeBrowser.storage.session.get(FIRST_SCREEN_KEY);
  return stored[FIRST_SCREEN_KEY] === undefined
    ? undefined
    : parseFirstScreen(stored[FIRST_SCREEN_KEY]);
}

async function report(app: string, page: string): Promise<void> {
  const result = banReport({ url: null, events: [restriction({ app })] });
  await ingestReport(
    await openBanRadarDb(),
    { pageUrl: `https://news.example/${page}`, result },
    new Date(),
  );
}

const apps = async () => (await storedFirstScreen())?.cards.map((card) => card.app);

/** A promise and the function that settles it, for tasks that end when a test says so. */
function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('coalesce', () => {
  it('runs once at a time and folds the calls made meanwhile into one more run', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const request = coalesce(() => {
      const run = deferred();
      runs.push(run);
      return run.promise;
    });
    const first = request();
    const during = [request(), request(), request()];
    expect(runs).toHaveLength(1);
    expect(new Set(during).size).toBe(1);
    runs[0]?.resolve();
    await first;
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    runs[1]?.resolve();
    await Promise.all(during);
    expect(runs).toHaveLength(2);
    // Idle again: the next call starts a run of its own at once.
    void request();
    expect(runs).toHaveLength(3);
    runs[2]?.resolve();
  });
});

describe('refreshFirstScreen', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearAll(await openBanRadarDb());
  });
  afterEach(() => vi.restoreAllMocks());

  it('stores the first screen of what is in the database', async () => {
    await report('Chirpa', 'a');
    await refreshFirstScreen();
    await firstScreenSettled();
    const snapshot = await storedFirstScreen();
    expect(snapshot?.cards.map((card) => card.app)).toEqual(['Chirpa']);
    expect(snapshot?.totals.apps).toBe(1);
  });

  it('stores the markup prerendered for that snapshot, in the same write', async () => {
    await report('Chirpa', 'a');
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await refreshFirstScreen();
    await firstScreenSettled();
    expect(set).toHaveBeenCalledTimes(1);
    const stored = await fakeBrowser.storage.session.get(FIRST_SCREEN_MARKUP_KEY);
    const markup = parseFirstScreenMarkup(stored[FIRST_SCREEN_MARKUP_KEY]);
    const snapshot = await storedFirstScreen();
    // The fake browser has no i18n: the locale is its UI language and texts are message keys.
    expect(markup?.nodes).toEqual(
      snapshot && renderFirstScreenMarkup(snapshot, new Date(), markup?.locale ?? '').nodes,
    );
    expect(JSON.stringify(markup?.nodes)).toContain('Chirpa');
  });

  it('stores the snapshot alone when prerendering fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(prerender, 'renderFirstScreenMarkup').mockImplementationOnce(() => {
      throw new Error('render');
    });
    await report('Chirpa', 'a');
    await refreshFirstScreen();
    await firstScreenSettled();
    expect(warn).toHaveBeenCalledWith(
      'Ban Radar: could not prerender the first screen',
      expect.any(Error),
    );
    expect(await apps()).toEqual(['Chirpa']);
    const stored = await fakeBrowser.storage.session.get(FIRST_SCREEN_MARKUP_KEY);
    expect(stored[FIRST_SCREEN_MARKUP_KEY]).toBeUndefined();
  });

  it('stores an empty first screen for an empty database', async () => {
    await refreshFirstScreen();
    await firstScreenSettled();
    expect(await storedFirstScreen()).toMatchObject({ cards: [], totals: { apps: 0 } });
  });

  it('removes the outdated snapshot before it resolves', async () => {
    await report('Chirpa', 'a');
    await refreshFirstScreen();
    await firstScreenSettled();
    // Hold the next store, to look at the moment in between.
    const hold = deferred();
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementationOnce(async (items) => {
      await hold.promise;
      await set(items);
    });
    await report('Blabber', 'b');
    await refreshFirstScreen();
    expect(await storedFirstScreen()).toBeUndefined();
    hold.resolve();
    await firstScreenSettled();
    expect(await apps()).toEqual(expect.arrayContaining(['Chirpa', 'Blabber']));
  });

  it('folds a burst of changes into one more computation and stores only the last', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await report('Chirpa', 'a');
    // The first computation waits in opening the database while more reports arrive.
    const hold = deferred();
    vi.mocked(openBanRadarDb).mockImplementationOnce(async () => {
      await hold.promise;
      return realOpen();
    });
    void refreshFirstScreen();
    await report('Blabber', 'b');
    void refreshFirstScreen();
    await report('Natter', 'c');
    void refreshFirstScreen();
    hold.resolve();
    await firstScreenSettled();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await apps())?.sort()).toEqual(['Blabber', 'Chirpa', 'Natter']);
  });

  it('logs a failure to store and carries on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    await refreshFirstScreen();
    await firstScreenSettled();
    expect(warn).toHaveBeenCalledWith(
      'Ban Radar: could not prepare the first screen',
      expect.any(Error),
    );
    expect(await storedFirstScreen()).toBeUndefined();
    await refreshFirstScreen();
    await firstScreenSettled();
    expect(await storedFirstScreen()).toMatchObject({ totals: { apps: 0 } });
  });
});

describe('watchFirstScreen', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearAll(await openBanRadarDb());
    watchFirstScreen();
  });

  it('computes the first screen on install and again at local midnight', async () => {
    await report('Chirpa', 'a');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await firstScreenSettled();
    expect(await apps()).toEqual(['Chirpa']);
    const alarm = await fakeBrowser.alarms.get('first-screen:midnight');
    const midnight = new Date(alarm?.scheduledTime ?? 0);
    expect([midnight.getHours(), midnight.getMinutes()]).toEqual([0, 0]);
    expect(midnight.getTime()).toBeGreaterThan(Date.now());

    await report('Blabber', 'b');
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'first-screen:midnight', scheduledTime: 0 });
    await firstScreenSettled();
    expect((await apps())?.sort()).toEqual(['Blabber', 'Chirpa']);
  });

  it('computes it when the browser starts', async () => {
    await report('Chirpa', 'a');
    await fakeBrowser.runtime.onStartup.trigger();
    await firstScreenSettled();
    expect(await apps()).toEqual(['Chirpa']);
  });
});
