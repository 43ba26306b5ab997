/**
 * One full read of what Ban Radar stored. Free of React on purpose: the popup's entry starts
 * this read before React's code is even loaded, so the database work overlaps with it.
 */
import { openBanRadarDb, StorageUnavailableError, type BanRadarDb } from '../storage/db';
import { loadTimelineData, type TimelineData } from '../storage/queries';

export type StoredData =
  | { status: 'loading' }
  | ({ status: 'ready'; db: BanRadarDb } & TimelineData)
  | { status: 'unavailable' }
  | { status: 'error'; message: string };

/** Reads that have finished, so a page can render their result at once, without a loading step. */
const settledReads = new WeakMap<Promise<StoredData>, StoredData>();

/** One full read; never rejects (failures become the unavailable or error state). */
export function readStoredData(): Promise<StoredData> {
  const read = readOnce();
  void read.then((data) => settledReads.set(read, data));
  return read;
}

/** The result of a read started by `readStoredData`, once it has finished. */
export function settledRead(read: Promise<StoredData>): StoredData | undefined {
  return settledReads.get(read);
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
