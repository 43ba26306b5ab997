/**
 * All-or-nothing writes. Every change to the database runs through `runWrite`: one
 * transaction, aborted if anything fails, so a failure leaves the data exactly as before.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { BanRadarDb, BanRadarSchema } from './db';

export type StoreName = StoreNames<BanRadarSchema>;
export type WriteTransaction = IDBPTransaction<BanRadarSchema, StoreName[], 'readwrite'>;

/** The browser refused to store more (disk or quota full). Nothing was changed. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('Not enough storage space to save Ban Radar data', options);
    this.name = 'StorageFullError';
  }
}

export async function runWrite<T>(
  db: BanRadarDb,
  stores: StoreName[],
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    throw asStorageError(await abortAndExplain(tx, error));
  }
}

/**
 * A failed request aborts the transaction, but its own error is often a generic AbortError;
 * the transaction's error (what `tx.done` rejects with) carries the real reason, such as a
 * QuotaExceededError that only surfaces at commit.
 */
async function abortAndExplain(tx: WriteTransaction, error: unknown): Promise<unknown> {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing to undo.
  }
  const txError = await tx.done.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  return hasName(error, 'AbortError') && txError ? txError : error;
}

function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name;
}

function asStorageError(error: unknown): unknown {
  return hasName(error, 'QuotaExceededError') ? new StorageFullError({ cause: error }) : error;
}
