/**
 * Performance marks the end-to-end speed test reads: when the popup first showed real content
 * (not the shell), with `detail.from` saying whether it came from the first-screen snapshot or
 * the database, and when the full read's result was shown.
 */
export const FIRST_CONTENT_MARK = 'ban-radar:first-content';
export const FULL_CONTENT_MARK = 'ban-radar:full-content';

export type ContentSource = 'first-screen' | 'database';

/** Sets `name` unless it is already set: only the first time counts. */
export function markOnce(name: string, detail: { from: ContentSource } | null): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name, { detail });
}
