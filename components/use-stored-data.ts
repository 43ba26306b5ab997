/**
 * Reads everything Ban Radar stored, once on mount and again on `reload()` (after an action
 * the background carried out). Pages only read the database; every write goes through the
 * background. While reloading, the previous data stays on screen instead of a spinner.
 */
import { useCallback, useEffect, useState } from 'react';
import { readStoredData, settledRead, type StoredData } from './stored-data';

/**
 * `firstRead` lets the entry start reading before React loads and renders, so the database
 * read overlaps with loading the page's code and rendering its shell. When it has already
 * finished, the first render shows its data directly.
 */
export function useStoredData(firstRead?: Promise<StoredData>): {
  data: StoredData;
  reload: () => void;
} {
  const [data, setData] = useState<StoredData>(
    () => (firstRead && settledRead(firstRead)?.value) || { status: 'loading' },
  );
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
