/**
 * Every record of every store of the `ban-radar` database, read with raw IndexedDB inside an
 * extension context; null while the database does not exist (it is never created from here, so
 * the extension's own upgrade runs from version 0). Runs in the browser: Chromium passes the
 * function to `worker.evaluate`, Firefox sends `READ_DB_EXPRESSION` through BiDi.
 * @returns {Promise<null | { version: number, stores: Record<string, any[]> }>}
 */
export async function readBanRadarDbInPage() {
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === 'ban-radar')) return null;
  /** @type {IDBDatabase} */
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('ban-radar');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const names = [...db.objectStoreNames];
    /** @type {Record<string, any[]>} */
    const stores = {};
    if (names.length) {
      const tx = db.transaction(names, 'readonly');
      await Promise.all(
        names.map(
          (n) =>
            new Promise((resolve, reject) => {
              const req = tx.objectStore(n).getAll();
              req.onsuccess = () => resolve((stores[n] = req.result));
              req.onerror = () => reject(req.error);
            }),
        ),
      );
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

/** The same reader as a BiDi expression whose value is the result as a JSON string. */
export const READ_DB_EXPRESSION = `(${readBanRadarDbInPage.toString()})().then((r) => r && JSON.stringify(r))`;
