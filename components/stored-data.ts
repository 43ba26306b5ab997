/**
 * What Ban Radar stored, read for a page: the full read of the database, and for the popup the
 * first-screen snapshot the background prepared (timeline/first-screen.ts). Free of React on
 * purpose: the popup's entry starts both reads before React renders anything, so the reads
 * overlap with loading and rendering the page.
 */
import { browser } from 'wxt/browser';
import { openBanRadarDb, StorageUnavailableError, type BanRadarDb } from '../storage/db';
import { loadTimelineData, type TimelineData } from '../storage/queries';
import { localIsoDate } from '../timeline/dates';
import { FIRST_SCREEN_KEY, parseFirstScreen, type FirstScreen } from '../timeline/first-screen';

export type StoredData =
  | { status: 'loading' }
  | ({ status: 'ready'; db: BanRadarDb } & TimelineData)
  | { status: 'unavailable' }
  | { status: 'error'; message: string };

/** Reads that have finished, so a page can render their result at once, without a loading step. */
const settledReads = new WeakMap<Promise<unknown>, { value: unknown }>();

function remembered<T>(read: Promise<T>): Promise<T> {
  void read.then((value) => settledReads.set(read, { value }));
  return read;
}

/** The result of a read started here (`readStoredData`, `readFirstScreen`), once it has finished. */
export function settledRead<T>(read: Promise<T>): { value: T } | undefined {
  // Only `remembered` fills the map, with each promise's own result.
  return settledReads.get(read) as { value: T } | undefined;
}

/** One full read; never rejects (failures become the unavailable or error state). */
export function readStoredData(): Promise<StoredData> {
  return remembered(readOnce());
}

async function readOnce(): Promise<StoredData> {
  try {
    const db = await openBanRadarDb();
    return { status: 'ready', db, ...(await loadTimelineData(db)) };
  } catch (error) {
    if (error instanceof StorageUnavailableError) return { status: 'unavailable' };
    return { status: 'error', message: errorMessage(error) };
  }
}

/**
 * The first-screen snapshot when there is a valid one for `today`'s local day, else null (the
 * page then waits for the full read). Never rejects.
 */
export function readFirstScreen(today: Date): Promise<FirstScreen | null> {
  return remembered(readSnapshot(today));
}

async function readSnapshot(today: Date): Promise<FirstScreen | null> {
  try {
    const stored = await browser.storage.local.get(FIRST_SCREEN_KEY);
    const snapshot = parseFirstScreen(stored[FIRST_SCREEN_KEY]);
    return snapshot?.day === localIsoDate(today) ? snapshot : null;
  } catch {
    return null; // Only a shortcut: the full read still comes.
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
