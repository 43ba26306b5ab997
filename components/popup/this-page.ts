/**
 * What the "This page" section says and offers for a tab report: pure, so every status is
 * tested without a browser.
 */
import type { RestrictionEvent } from '../../analysis/types';
import type { TabReport } from '../../messaging/protocol';
import type { MessageKey } from '../../i18n/t';

export interface PageView {
  message: MessageKey;
  canAnalyze: boolean;
  canDismiss: boolean;
}

export function pageView(report: TabReport): PageView {
  const eventCount = report.result?.events.length ?? 0;
  switch (report.status) {
    case 'reported':
      return eventCount > 0
        ? { message: 'thisPageReported', canAnalyze: false, canDismiss: report.pageUrl !== null }
        : { message: 'thisPageNothingFound', canAnalyze: true, canDismiss: false };
    case 'skipped':
      return { message: 'thisPageSkipped', canAnalyze: true, canDismiss: false };
    // An explicit request analyses even a paused or excluded page: the user asked for it.
    case 'paused':
      return { message: 'thisPagePaused', canAnalyze: true, canDismiss: false };
    case 'excluded':
      return { message: 'thisPageExcluded', canAnalyze: true, canDismiss: false };
    case 'unread':
      return { message: 'thisPageUnread', canAnalyze: true, canDismiss: false };
    case 'dismissed':
      return { message: 'thisPageDismissed', canAnalyze: false, canDismiss: false };
    case 'unsupported':
      return { message: 'thisPageUnsupported', canAnalyze: false, canDismiss: false };
  }
}

export interface PageEventGroup {
  app: string;
  jurisdiction: string;
  /** Oldest first; one per kind, status and date (the same fact stated twice shows once). */
  events: RestrictionEvent[];
}

/** The page's events per app and place, in the order the page first mentions them. */
export function groupPageEvents(events: readonly RestrictionEvent[]): PageEventGroup[] {
  const groups = new Map<string, PageEventGroup>();
  const seen = new Set<string>();
  for (const event of events) {
    const fact = JSON.stringify([
      event.app,
      event.jurisdiction,
      event.kind,
      event.status,
      event.date,
    ]);
    if (seen.has(fact)) continue;
    seen.add(fact);
    const place = JSON.stringify([event.app, event.jurisdiction]);
    const group = groups.get(place) ?? {
      app: event.app,
      jurisdiction: event.jurisdiction,
      events: [],
    };
    group.events.push(event);
    groups.set(place, group);
  }
  for (const group of groups.values()) {
    group.events.sort((a, b) => a.date.localeCompare(b.date));
  }
  return [...groups.values()];
}
