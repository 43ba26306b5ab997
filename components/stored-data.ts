/**
 * What Ban Radar stored, read for a page: the full read of the database. Free of React on
 * purpose: the popup's entry starts the read before React renders anything, so it overlaps
 * with loading and rendering the page.
 */
import { openBanRadarDb, StorageUnavailableError, type BanRadarDb } from '../storage/db';
import { loadTimelineData, type TimelineData } from '../storage/queries';

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

/**
 * The same read, but not known to have finished: a page rendered with it starts in the loading
 * state even when the read is done, as the popup's prerendered first screen was rendered.
 */
export function unsettledRead<T>(read: Promise<T>): Promise<T> {
  return read.then((value) => value);
}

/** The result of a read `readStoredData` started, once it has finished. */
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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
