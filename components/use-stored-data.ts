/**
 * Reads everything Ban Radar stored, once on mount and again on `reload()` (after an action
 * the background carried out). Pages only read the database; every write goes through the
 * background. While reloading, the previous data stays on screen instead of a spinner.
 */
import { useCallback, useEffect, useState } from 'react';
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

/**
 * `firstRead` lets the entry start reading before React renders, so the database read and
 * the first render of the page shell overlap.
 */
export function useStoredData(firstRead?: Promise<StoredData>): {
  data: StoredData;
  reload: () => void;
} {
  const [data, setData] = useState<StoredData>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    const read = generation === 0 && firstRead ? firstRead : readStoredData();
    read.then((loaded) => current && setData(loaded));
    return () => {
      current = false;
    };
  }, [generation, firstRead]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, reload };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
