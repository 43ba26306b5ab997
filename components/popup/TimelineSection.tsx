import { useDeferredValue, useId, useLayoutEffect, useMemo, useState } from 'react';
import { jurisdictionName } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { AppTimeline } from '../../timeline/types';
import { kindLabel, stateLabel, statusLabel } from '../labels';
import type { StoredData } from '../stored-data';
import { AppCard } from './AppCard';
import { EmptyState } from './EmptyState';
import { TimelineFilterForm } from './TimelineFilterForm';
import { CARD_PAGE_SIZE, filterOptions } from '../../timeline/view';
import {
  applyFilters,
  buildSearchIndex,
  NO_FILTERS,
  type SearchIndex,
  type TimelineFilters,
} from './timeline-view';

/** Cards in the very first commit; the rest of the page follows at a lower priority. */
const FIRST_COMMIT_CARDS = 4;

/** Read by the end-to-end speed test: when real content (not the shell) was first shown. */
const FIRST_CONTENT_MARK = 'ban-radar:first-content';

interface Props {
  status: StoredData['status'];
  errorMessage: string | null;
  timelines: AppTimeline[];
  locale: string;
}

export function TimelineSection({ status, errorMessage, timelines, locale }: Props) {
  const headingId = useId();

  // A layout effect runs right at commit, before paint: the moment the content exists.
  useLayoutEffect(() => {
    if (status !== 'loading' && performance.getEntriesByName(FIRST_CONTENT_MARK).length === 0) {
      performance.mark(FIRST_CONTENT_MARK);
    }
  }, [status]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('timelineHeading')}</h2>
      {status === 'loading' && <p className="muted">{t('loading')}</p>}
      {status === 'unavailable' && <p className="notice">{t('storageUnavailable')}</p>}
      {status === 'error' && <p className="notice">{t('storageError', errorMessage ?? '')}</p>}
      {status === 'ready' &&
        (timelines.length === 0 ? (
          <EmptyState />
        ) : (
          <FilteredTimeline timelines={timelines} locale={locale} />
        ))}
    </section>
  );
}

function FilteredTimeline({ timelines, locale }: { timelines: AppTimeline[]; locale: string }) {
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const [pageCount, setPageCount] = useState(1);
  // Typing stays responsive: the list re-filters at a lower priority than the input.
  const deferredFilters = useDeferredValue(filters);
  const options = useMemo(() => filterOptions(timelines), [timelines]);
  // Built on the first search, not on open: most popups are closed without searching.
  const getIndex = useMemo(() => {
    let index: SearchIndex | null = null;
    return () =>
      (index ??= buildSearchIndex(timelines, (entry) => [
        jurisdictionName(entry.jurisdiction, locale),
        kindLabel(entry.kind),
        statusLabel(entry.status),
        stateLabel(entry.state),
      ]));
  }, [timelines, locale]);
  const filtered = useMemo(
    () => applyFilters(timelines, deferredFilters, getIndex),
    [timelines, deferredFilters, getIndex],
  );
  const pageEnd = pageCount * CARD_PAGE_SIZE;
  // The first commit shows a few cards at once; the rest of the page renders right after.
  const renderedEnd = useDeferredValue(pageEnd, FIRST_COMMIT_CARDS);
  const shown = filtered.slice(0, renderedEnd);

  return (
    <>
      <TimelineFilterForm
        filters={filters}
        options={options}
        locale={locale}
        onChange={setFilters}
      />
      {filtered.length === 0 ? (
        <p className="muted">{t('noMatches')}</p>
      ) : (
        <ul className="cards">
          {shown.map((timeline) => (
            <li key={timeline.app}>
              <AppCard timeline={timeline} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {filtered.length > pageEnd && (
        <button
          type="button"
          className="button button-quiet button-block"
          onClick={() => setPageCount((count) => count + 1)}
        >
          {t('showMoreApps', String(filtered.length - pageEnd))}
        </button>
      )}
    </>
  );
}
