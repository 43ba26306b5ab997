import { memo, useId, useMemo, useState } from 'react';
import { t, translate } from '../../i18n/t';
import { summaryText } from '../../timeline/summary-line';
import type { AppTimeline, TimelineEntry } from '../../timeline/types';
import { CARD_ENTRY_LIMIT, cardView, type CardPlace, type CardView } from '../../timeline/view';
import { Place } from '../labels';
import { EntryItem } from './EntryItem';

/**
 * A card from the full timeline, or, while that is still being read, from the first-screen
 * snapshot: the same component either way, so its state (shown entries, open rows) and its
 * DOM stay when the full data replaces the snapshot.
 */
export type CardSource =
  { timeline: AppTimeline; preview?: undefined } | { timeline?: undefined; preview: CardView };

type Props = CardSource & { locale: string };

export const AppCard = memo(function AppCard({ timeline, preview, locale }: Props) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const card = useMemo(
    () => (timeline ? cardView(timeline, showAll ? Infinity : CARD_ENTRY_LIMIT) : preview),
    [timeline, preview, showAll],
  );
  const details = useMemo(() => (timeline ? entriesByKey(timeline) : null), [timeline]);
  // The snapshot holds the collapsed card only: "Show all" waits for the full data.
  const waitingForAll = showAll && !timeline;
  const truncated = !showAll && card.entryCount > CARD_ENTRY_LIMIT;

  return (
    <article className="card" aria-labelledby={headingId} aria-busy={waitingForAll || undefined}>
      <h3 id={headingId} className="card-title">
        {card.app}
      </h3>
      {card.places.map((place) => (
        <PlaceGroup key={place.jurisdiction} place={place} details={details} locale={locale} />
      ))}
      {waitingForAll && <p className="muted">{t('loading')}</p>}
      {truncated && (
        <button type="button" className="button button-quiet" onClick={() => setShowAll(true)}>
          {t('showAllEntries', String(card.entryCount))}
        </button>
      )}
    </article>
  );
});

function entriesByKey(timeline: AppTimeline): Map<string, TimelineEntry> {
  const byKey = new Map<string, TimelineEntry>();
  for (const place of timeline.jurisdictions) {
    for (const entry of place.entries) byKey.set(entry.key, entry);
  }
  return byKey;
}

interface PlaceGroupProps {
  place: CardPlace;
  /** Every entry of the app by key, for the rows' details; null until the full data is read. */
  details: Map<string, TimelineEntry> | null;
  locale: string;
}

/** One jurisdiction of a card: its summary line, then its dated entries. */
function PlaceGroup({ place, details, locale }: PlaceGroupProps) {
  const summary = useMemo(
    () => summaryText(place.summary, translate, locale),
    [place.summary, locale],
  );
  return (
    <div className="place-group">
      <h4 className="place-heading">
        <Place jurisdiction={place.jurisdiction} locale={locale} />
      </h4>
      {summary && <p className="place-summary">{summary}</p>}
      <ul className="entries">
        {place.entries.map((row) => (
          <EntryItem
            key={row.key}
            row={row}
            details={details?.get(row.key) ?? null}
            locale={locale}
          />
        ))}
      </ul>
    </div>
  );
}
