/**
 * The `ban-radar` IndexedDB database: schema, migrations and one shared connection.
 *
 * Schema history (see docs/storage.md):
 * - v1: `articles` (indexes lastSeen, published) and `events` (indexes app, jurisdiction, date,
 *   articleId).
 * - v2: adds the `dismissed` store and the compound `app+jurisdiction` index on events, which
 *   IndexedDB fills from the events already stored.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredArticle, StoredEvent, DismissedArticle } from './types';

export const DB_NAME = 'ban-radar';
export const DB_VERSION = 2;

export interface BanRadarSchema extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { lastSeen: string; published: string };
  };
  events: {
    key: string;
    value: StoredEvent;
    indexes: {
      app: string;
      jurisdiction: string;
      date: string;
      articleId: string;
      'app+jurisdiction': [string, string];
    };
  };
  dismissed: {
    key: string;
    value: DismissedArticle;
  };
}

export type BanRadarDb = IDBPDatabase<BanRadarSchema>;
type UpgradeTransaction = IDBPTransaction<
  BanRadarSchema,
  StoreNames<BanRadarSchema>[],
  'versionchange'
>;

/** IndexedDB cannot be used here (private window, Firefox set to never remember history…). */
export class StorageUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('IndexedDB is not available in this browser profile', options);
    this.name = 'StorageUnavailableError';
  }
}

/** Cumulative steps: a database at any older version runs every step after its own. */
function upgrade(db: BanRadarDb, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('lastSeen', 'lastSeen');
    articles.createIndex('published', 'published');
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('app', 'app');
    events.createIndex('jurisdiction', 'jurisdiction');
    events.createIndex('date', 'date');
    events.createIndex('articleId', 'articleId');
  }
  if (oldVersion < 2) {
    db.createObjectStore('dismissed', { keyPath: 'articleId' });
    tx.objectStore('events').createIndex('app+jurisdiction', ['app', 'jurisdiction']);
  }
}

export interface OpenOptions {
  /** Another IndexedDB implementation (tests pass a fresh fake-indexeddb factory). */
  factory?: IDBFactory;
  name?: string;
}

/** Open connections, per factory and name, so every caller shares one. */
const connections = new WeakMap<IDBFactory, Map<string, Promise<BanRadarDb>>>();

/**
 * The shared connection to the database, opened (and upgraded) on first use. A connection
 * that another version asks to close, or that the browser terminates, is dropped from the
 * cache, so the next call opens a fresh one. Calling this per operation is cheap.
 */
export function openBanRadarDb(options: OpenOptions = {}): Promise<BanRadarDb> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new StorageUnavailableError());
  const name = options.name ?? DB_NAME;
  let byName = connections.get(factory);
  if (!byName) {
    byName = new Map();
    connections.set(factory, byName);
  }
  const cached = byName.get(name);
  if (cached) return cached;
  const forget = () => {
    if (byName.get(name) === opening) byName.delete(name);
  };
  const opening = openWithRetry(factory, name, forget);
  opening.catch(forget);
  byName.set(name, opening);
  return opening;
}

async function openWithRetry(
  factory: IDBFactory,
  name: string,
  onGone: () => void,
): Promise<BanRadarDb> {
  try {
    return await openOnce(factory, name, onGone);
  } catch (error) {
    // Chromium reports a connection torn down mid-open as "closing"; a second try succeeds.
    if (!isClosingError(error)) throw unavailable(error);
    try {
      return await openOnce(factory, name, onGone);
    } catch (retryError) {
      throw unavailable(retryError);
    }
  }
}

function openOnce(factory: IDBFactory, name: string, onGone: () => void): Promise<BanRadarDb> {
  // Firefox without history throws synchronously here; that rejects the promise too.
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    // idb types a wrapped transaction as read-only; during `upgradeneeded` it is versionchange.
    const upgradeTx = tx && (wrap(tx) as unknown as UpgradeTransaction);
    if (upgradeTx) upgrade(wrap(request.result) as BanRadarDb, event.oldVersion, upgradeTx);
  });
  // `blocked`: an older connection is still open; ours close themselves on `versionchange`
  // below, so the request simply waits until that has happened.
  return (wrap(request) as Promise<BanRadarDb>).then((db) => {
    db.addEventListener('versionchange', () => {
      // A newer version (or a delete) waits for us: step aside rather than block it.
      db.close();
      onGone();
    });
    db.addEventListener('close', onGone); // terminated by the browser (storage cleared…)
    return db;
  });
}

function isClosingError(error: unknown): boolean {
  return error instanceof Error && /connection is closing/i.test(error.message);
}

function unavailable(error: unknown): StorageUnavailableError {
  return error instanceof StorageUnavailableError
    ? error
    : new StorageUnavailableError({ cause: error });
}
