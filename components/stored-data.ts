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

/** One full read; never rejects (failures become the unavailable or error state). */
export async function readStoredData(): Promise<StoredData> {
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
