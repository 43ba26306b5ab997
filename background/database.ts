/**
 * One shared database connection for the background. Opening lazily means a service worker
 * woken for an unrelated event never touches IndexedDB; a failed open is retried on the next
 * call, so a transient problem (another version open, a closing connection) does not stick.
 */
import { openBanRadarDb, type BanRadarDb } from '../storage/db';

let pending: Promise<BanRadarDb> | null = null;

export function getDatabase(): Promise<BanRadarDb> {
  const opening =
    pending ??
    openBanRadarDb().catch((error: unknown) => {
      pending = null;
      throw error;
    });
  pending = opening;
  return opening;
}
