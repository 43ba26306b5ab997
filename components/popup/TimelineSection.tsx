import { useDeferredValue, useId, useLayoutEffect, useMemo, useState } from 'react';
import { jurisdictionName } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { FirstScreen } from '../../timeline/first-screen';
import type { AppTimeline } from '../../timeline/types';
import { CARD_PAGE_SIZE, filterOptions, FIRST_COMMIT_CARDS } from '../../timeline/view';
import { kindLabel, stateLabel, statusLabel } from '../labels';
import type { StoredData } from '../stored-data';
import { AppCard, type CardSource } from './AppCard';
import { FIRST_CONTENT_MARK, FULL_CONTENT_MARK, markOnce } from './content-marks';
import { EmptyState } from './EmptyState';
import { TimelineFilterForm } from './TimelineFilterForm';
import {
  applyFilters,
  buildSearchIndex,
  isFiltering,
  NO_FILTERS,
  type SearchIndex,
  type TimelineFilters,
} from './timeline-view';

/**
 * What the list shows: the full timeline, or, while it is still being read, the first-screen
 * snapshot. One shape for both, so the list stays mounted (and keeps its state) when the
 * full timeline replaces the snapshot.
 */
type Listed =
  { timelines: AppTimeline[]; firstScreen: null } | { timelines: null; firstScreen: FirstScreen };

interface Props {
  status: StoredData['status'];
  errorMessage: string | null;
  timelines: AppTimeline[];
  /** Shown while the status is `loading`, when the background had one ready for today. */
  firstScreen: FirstScreen | null;
  locale: string;
}

export function TimelineSection({ status, errorMessage, timelines, firstScreen, locale }: Props) {
  const headingId = useId();
  const listed: Listed | null =
    status === 'ready'
      ? { timelines, firstScreen: null }
      : status === 'loading' && firstScreen
        ? { timelines: null, firstScreen }
        : null;
  const complete = status !== 'loading';
  const shown = complete || listed !== null;

  // A layout effect runs right at commit, before paint: the moment the content exists.
  useLayoutEffect(() => {
    if (shown) markOnce(FIRST_CONTENT_MARK, { from: complete ? 'database' : 'first-screen' });
    if (complete) markOnce(FULL_CONTENT_MARK, null);
  }, [shown, complete]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('timelineHeading')}</h2>
      {!shown && <p className="muted">{t('loading')}</p>}
      {status === 'unavailable' && <p className="notice">{t('storageUnavailable')}</p>}
      {status === 'error' && <p className="notice">{t('storageError', errorMessage ?? '')}</p>}
      {listed &&
        (appCount(listed) === 0 ? (
          <EmptyState />
        ) : (
          <FilteredTimeline listed={listed} locale={locale} />
        ))}
    </section>
  );
}

function appCount(listed: Listed): number {
  return listed.timelines ? listed.timelines.length : listed.firstScreen.totals.apps;
}

function FilteredTimeline({ listed, locale }: { listed: Listed; locale: string }) {
  const { timelines, firstScreen } = listed;
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const [pageCount, setPageCount] = useState(1);
  // Typing stays responsive: the list re-filters at a lower priority than the input.
  const deferredFilters = useDeferredValue(filters);
  const options = useMemo(
    () => (timelines ? filterOptions(timelines) : firstScreen.options),
    [timelines, firstScreen],
  );
  // Built on the first search, not on open: most popups are closed without searching.
  const getIndex = useMemo(() => {
    let index: SearchIndex | null = null;
    return () =>
      (index ??= buildSearchIndex(timelines ?? [], (entry) => [
        jurisdictionName(entry.jurisdiction, locale),
        kindLabel(entry.kind),
        statusLabel(entry.status),
        stateLabel(entry.state),
      ]));
  }, [timelines, locale]);
  const filtered = useMemo(
    () => applyFilters(timelines ?? [], deferredFilters, getIndex),
    [timelines, deferredFilters, getIndex],
  );
  const pageEnd = pageCount * CARD_PAGE_SIZE;
  // The first commit shows a few cards at once; the rest of the page renders right after.
  const renderedEnd = useDeferredValue(pageEnd, FIRST_COMMIT_CARDS);
  const page = timelines
    ? fullPage(filtered, renderedEnd)
    : firstScreenPage(firstScreen, isFiltering(deferredFilters), renderedEnd);

  return (
    <>
      <TimelineFilterForm
        filters={filters}
        options={options}
        locale={locale}
        onChange={setFilters}
      />
      <div className="timeline-results" aria-busy={page.waiting || undefined}>
        {timelines && filtered.length === 0 && <p className="muted">{t('noMatches')}</p>}
        {page.cards.length > 0 && (
          <ul className="cards">
            {page.cards.map((card) => (
              <li key={card.app}>
                <AppCard {...card.source} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        {page.waiting && <p className="muted">{t('loading')}</p>}
      </div>
      {page.total !== null && page.total > pageEnd && (
        <button
          type="button"
          className="button button-quiet button-block"
          onClick={() => setPageCount((count) => count + 1)}
        >
          {t('showMoreApps', String(page.total - pageEnd))}
        </button>
      )}
    </>
  );
}

/** One page of the list: its cards, how many apps match in all (null: not known yet). */
interface Page {
  cards: { app: string; source: CardSource }[];
  total: number | null;
  /** Part of what was asked for comes with the full timeline. */
  waiting: boolean;
}

function fullPage(filtered: readonly AppTimeline[], end: number): Page {
  return {
    cards: filtered.slice(0, end).map((timeline) => ({ app: timeline.app, source: { timeline } })),
    total: filtered.length,
    waiting: false,
  };
}

/**
 * The snapshot's cards up to `end`. What it cannot answer (a search: the cards it leaves out
 * may match; cards past its own) waits for the full timeline instead of showing a wrong or
 * partial answer.
 */
function firstScreenPage(firstScreen: FirstScreen, filtering: boolean, end: number): Page {
  const { cards, totals } = firstScreen;
  if (filtering) return { cards: [], total: null, waiting: true };
  return {
    cards: cards.slice(0, end).map((preview) => ({ app: preview.app, source: { preview } })),
    total: totals.apps,
    waiting: end > cards.length && totals.apps > cards.length,
  };
}
