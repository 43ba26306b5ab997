import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openBanRadarDb, StorageUnavailableError } from './db';
import { createV1Database, V1_ARTICLES, V1_EVENTS } from './fixtures/schema-v1';
import { createV2Database, V2_DISMISSED } from './fixtures/schema-v2';
import { ingestReport } from './ingest';
import { banReport } from './fixtures/reports';
import { loadTimelineData } from './queries';

const byId = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('openBanRadarDb', () => {
  it('creates the current schema in an empty profile', async () => {
    const db = await openBanRadarDb({ factory: new IDBFactory() });
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'dismissed', 'events']);
  });

  it('upgrades a version 1 database without losing anything', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory, DB_NAME);
    const db = await openBanRadarDb({ factory });
    expect(db.version).toBe(2);
    const { articles, events } = await loadTimelineData(db);
    expect(byId(articles)).toEqual(byId(V1_ARTICLES));
    expect(byId(events)).toEqual(byId(V1_EVENTS));
    // The new index covers the events that were there before it existed.
    const german = await db.getAllFromIndex('events', 'app+jurisdiction', ['Chirpa', 'DE']);
    expect(german.map((e) => e.date)).toEqual(['2029-08']);
    expect(await db.count('dismissed')).toBe(0);
  });

  it('opens a current (version 2) database as it is', async () => {
    const factory = new IDBFactory();
    await createV2Database(factory, DB_NAME);
    const db = await openBanRadarDb({ factory });
    expect(await db.getAll('dismissed')).toEqual(V2_DISMISSED);
    expect(await db.count('events')).toBe(V1_EVENTS.length);
    const outcome = await ingestReport(
      db,
      { pageUrl: 'https://blog.example/not-about-a-ban', result: banReport({ url: null }) },
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(outcome.outcome).toBe('dismissed');
  });

  it('shares one connection between callers', async () => {
    const factory = new IDBFactory();
    const [a, b] = await Promise.all([openBanRadarDb({ factory }), openBanRadarDb({ factory })]);
    expect(a).toBe(b);
  });

  it('steps aside for a newer version or a delete, and reopens on the next call', async () => {
    const factory = new IDBFactory();
    const first = await openBanRadarDb({ factory });
    await ingestReport(
      first,
      { pageUrl: 'https://news.example/a', result: banReport({ url: null }) },
      new Date('2030-01-01T00:00:00Z'),
    );
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('our connection blocked the delete'));
    });
    const second = await openBanRadarDb({ factory });
    expect(second).not.toBe(first);
    expect(await second.count('articles')).toBe(0);
  });

  it('reopens after the browser terminates the connection', async () => {
    const factory = new IDBFactory();
    const first = await openBanRadarDb({ factory });
    first.close();
    // What the browser fires when it closes a connection itself (fake-indexeddb's own event
    // class is not exported, so this is its shape).
    const closeEvent = {
      type: 'close',
      initialized: true,
      eventPath: [],
      bubbles: false,
      ...{ CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 },
    };
    (unwrap(first) as unknown as { dispatchEvent(event: unknown): void }).dispatchEvent(closeEvent);
    const second = await openBanRadarDb({ factory });
    expect(second).not.toBe(first);
    expect(await second.count('articles')).toBe(0);
  });

  it('rejects with StorageUnavailableError when IndexedDB cannot be used', async () => {
    const broken = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    await expect(openBanRadarDb({ factory: broken })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });

  it('retries once when the connection is closing', async () => {
    const factory = new IDBFactory();
    let attempts = 0;
    const flaky = {
      open(name: string, version?: number) {
        attempts += 1;
        if (attempts === 1)
          throw new DOMException('The database connection is closing.', 'InvalidStateError');
        return factory.open(name, version);
      },
    } as unknown as IDBFactory;
    const db = await openBanRadarDb({ factory: flaky });
    expect(db.version).toBe(DB_VERSION);
    expect(attempts).toBe(2);
  });

  it('does not cache a failed open', async () => {
    const factory = new IDBFactory();
    let fail = true;
    const once = {
      open(name: string, version?: number) {
        if (fail) throw new DOMException('Unknown', 'UnknownError');
        return factory.open(name, version);
      },
    } as unknown as IDBFactory;
    await expect(openBanRadarDb({ factory: once })).rejects.toThrow(StorageUnavailableError);
    fail = false;
    await expect(openBanRadarDb({ factory: once })).resolves.toBeTruthy();
  });
});
