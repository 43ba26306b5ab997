/**
 * Keeps the popup's first-screen snapshot (timeline/first-screen.ts) and its prerendered
 * markup (components/popup/prerender.tsx) in `storage.session` in step with the database:
 * recomputed after every data change, at startup and install, and at local midnight (states
 * and days left change with the day).
 *
 * Outdated at once, current soon after: a change first removes the stored snapshot, so a popup
 * opened meanwhile reads the database itself, then a new snapshot is computed. Changes that
 * arrive during a computation coalesce into one more, and a computation that a change
 * overtook is not stored. No timers (a Chrome service worker may stop at any moment), only a
 * chain of promises and, for midnight, an alarm. Failures are logged and dropped: without a
 * snapshot the popup reads the database, as it always could.
 */
import { browser } from 'wxt/browser';
import { renderFirstScreenMarkup } from '../components/popup/prerender';
import { uiLanguage } from '../i18n/t';
import { openBanRadarDb } from '../storage/db';
import { loadTimelineData } from '../storage/queries';
import {
  FIRST_SCREEN_MARKUP_KEY,
  type FirstScreenMarkup,
} from '../components/popup/first-screen-markup';
import { buildFirstScreen, FIRST_SCREEN_KEY, type FirstScreen } from '../timeline/first-screen';
import { buildTimeline } from '../timeline/summarize';

const MIDNIGHT_ALARM = 'first-screen:midnight';

/** Counts calls to refreshFirstScreen: a computation that began before the latest is stale. */
let changes = 0;
let settled: Promise<void> = Promise.resolve();

/**
 * Runs `task` at most once at a time; calls made while it runs share a single later run, which
 * starts after the current one and so sees everything they changed. Each call's promise
 * resolves once a run that started after the call has finished. `task` must not reject.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const request = (): Promise<void> => {
    if (!running) {
      running = task().finally(() => (running = null));
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return request();
    });
    return queued;
  };
  return request;
}

const recompute = coalesce(storeSnapshot);

/**
 * Call after every change to the stored data (and when the day changes). Resolves once the
 * outdated snapshot is removed; the new one follows (`firstScreenSettled`).
 */
export function refreshFirstScreen(): Promise<void> {
  changes += 1;
  const removed = browser.storage.session
    .remove([FIRST_SCREEN_KEY, FIRST_SCREEN_MARKUP_KEY])
    .catch((error: unknown) => warn('could not remove the outdated first screen', error));
  settled = recompute();
  return removed;
}

/** Resolves once the snapshot reflects every refresh requested so far (or failed trying). */
export function firstScreenSettled(): Promise<void> {
  return settled;
}

async function storeSnapshot(): Promise<void> {
  const computedFor = changes;
  try {
    const now = new Date();
    const { articles, events } = await loadTimelineData(await openBanRadarDb());
    const snapshot = buildFirstScreen(buildTimeline(articles, events, now), now);
    // Overtaken by a change: the run that change queued stores the current snapshot.
    if (computedFor !== changes) return;
    // Null (too large to fit its bound) stays removed: the popup reads the database.
    if (snapshot) {
      // One write: the popup never reads a snapshot with another snapshot's markup.
      const markup = prerender(snapshot, now);
      await browser.storage.session.set({
        [FIRST_SCREEN_KEY]: snapshot,
        ...(markup && { [FIRST_SCREEN_MARKUP_KEY]: markup }),
      });
    }
    browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(now) });
  } catch (error) {
    warn('could not prepare the first screen', error);
  }
}

/** The markup, or null if rendering failed: the popup then renders the snapshot itself. */
function prerender(snapshot: FirstScreen, now: Date): FirstScreenMarkup | null {
  try {
    return renderFirstScreenMarkup(snapshot, now, uiLanguage());
  } catch (error) {
    warn('could not prerender the first screen', error);
    return null;
  }
}

function nextLocalMidnight(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
}

function warn(what: string, error: unknown): void {
  // The popup falls back to reading the database: worth a note, never an error for the caller.
  console.warn(`Ban Radar: ${what}`, error);
}

export function watchFirstScreen(): void {
  browser.runtime.onStartup.addListener(() => void refreshFirstScreen());
  browser.runtime.onInstalled.addListener(() => void refreshFirstScreen());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) void refreshFirstScreen();
  });
}
