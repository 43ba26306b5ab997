import { useId } from 'react';
import { formatDaysLeft } from '../../i18n/format';
import { t } from '../../i18n/t';
import { UPCOMING_LIMIT, type UpcomingRow } from '../../timeline/view';
import { EventDate, kindLabel, Place, statusLabel } from '../labels';

/** Soonest first: at least the entries listed (all, or the first-screen snapshot's), and the count. */
export interface Upcoming {
  entries: readonly UpcomingRow[];
  total: number;
}

interface Props {
  /** Null while the data loads. */
  upcoming: Upcoming | null;
  locale: string;
}

export function UpcomingSection({ upcoming, locale }: Props) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('upcomingHeading')}</h2>
      {upcoming === null ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <UpcomingList upcoming={upcoming} locale={locale} />
      )}
    </section>
  );
}

function UpcomingList({ upcoming, locale }: { upcoming: Upcoming; locale: string }) {
  if (upcoming.total === 0) return <p className="muted">{t('upcomingEmpty')}</p>;
  const shown = upcoming.entries.slice(0, UPCOMING_LIMIT);
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
      {upcoming.total > shown.length && (
        <p className="muted">{t('upcomingMore', String(upcoming.total - shown.length))}</p>
      )}
    </>
  );
}
