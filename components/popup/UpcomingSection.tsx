import { useId } from 'react';
import { formatDaysLeft } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { TimelineEntry } from '../../timeline/types';
import { UPCOMING_LIMIT } from '../../timeline/view';
import { EventDate, kindLabel, Place, statusLabel } from '../labels';

interface Props {
  /** Soonest first; null while the data loads. */
  entries: TimelineEntry[] | null;
  locale: string;
}

export function UpcomingSection({ entries, locale }: Props) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('upcomingHeading')}</h2>
      {entries === null ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <UpcomingList entries={entries} locale={locale} />
      )}
    </section>
  );
}

function UpcomingList({ entries, locale }: { entries: TimelineEntry[]; locale: string }) {
  if (entries.length === 0) return <p className="muted">{t('upcomingEmpty')}</p>;
  const shown = entries.slice(0, UPCOMING_LIMIT);
  return (
    <>
      <ul className="upcoming-list">
        {shown.map((entry) => (
          <li key={entry.key} className="upcoming-item">
            <div className="upcoming-when">
              <span className="days-left">{formatDaysLeft(entry.daysUntil, locale)}</span>
              <EventDate date={entry.date} locale={locale} />
            </div>
            <div className="upcoming-what">
              <strong>{entry.app}</strong>{' '}
              <Place jurisdiction={entry.jurisdiction} locale={locale} />
              <div className="muted">
                {kindLabel(entry.kind)} · {statusLabel(entry.status)}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {entries.length > shown.length && (
        <p className="muted">{t('upcomingMore', String(entries.length - shown.length))}</p>
      )}
    </>
  );
}
