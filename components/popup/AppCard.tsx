import { memo, useId, useMemo, useState } from 'react';
import { t, translate } from '../../i18n/t';
import { summaryLine } from '../../timeline/summary-line';
import type { AppTimeline, JurisdictionTimeline, TimelineEntry } from '../../timeline/types';
import { Place } from '../labels';
import { countEntries, truncateJurisdictions } from './timeline-view';
import { EntryItem } from './EntryItem';

/** Entries a card shows before "Show all": keeps cards for heavily reported apps short. */
const CARD_ENTRY_LIMIT = 8;

export const AppCard = memo(function AppCard({
  timeline,
  locale,
}: {
  timeline: AppTimeline;
  locale: string;
}) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const total = countEntries(timeline);
  const truncated = !showAll && total > CARD_ENTRY_LIMIT;
  const jurisdictions = truncated
    ? truncateJurisdictions(timeline.jurisdictions, CARD_ENTRY_LIMIT)
    : timeline.jurisdictions;

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {timeline.app}
      </h3>
      {jurisdictions.map((place) => (
        <PlaceGroup
          key={place.jurisdiction}
          place={place}
          // The summary speaks for all entries, also those hidden until "Show all".
          allEntries={
            timeline.jurisdictions.find((full) => full.jurisdiction === place.jurisdiction)
              ?.entries ?? place.entries
          }
          locale={locale}
        />
      ))}
      {truncated && (
        <button type="button" className="button button-quiet" onClick={() => setShowAll(true)}>
          {t('showAllEntries', String(total))}
        </button>
      )}
    </article>
  );
});

interface PlaceGroupProps {
  place: JurisdictionTimeline;
  allEntries: TimelineEntry[];
  locale: string;
}

/** One jurisdiction of a card: its summary line, then its dated entries. */
function PlaceGroup({ place, allEntries, locale }: PlaceGroupProps) {
  const summary = useMemo(() => summaryLine(allEntries, translate, locale), [allEntries, locale]);
  return (
    <div className="place-group">
      <h4 className="place-heading">
        <Place jurisdiction={place.jurisdiction} locale={locale} />
      </h4>
      {summary && <p className="place-summary">{summary}</p>}
      <ul className="entries">
        {place.entries.map((entry) => (
          <EntryItem key={entry.key} entry={entry} locale={locale} />
        ))}
      </ul>
    </div>
  );
}
