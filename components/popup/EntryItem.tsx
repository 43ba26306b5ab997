import { memo, useId, useState } from 'react';
import { formatList, pluralCategory } from '../../i18n/format';
import { formatDate } from '../../timeline/summary-line';
import { t } from '../../i18n/t';
import type { TimelineEntry } from '../../timeline/types';
import type { EntryRow } from '../../timeline/view';
import { EventDate, kindLabel, StateChip, statusLabel } from '../labels';
import { SourceLink } from '../SourceLink';

export function sourcesText(count: number, locale: string): string {
  return pluralCategory(count, locale) === 'one'
    ? t('sourcesOne')
    : t('sourcesOther', String(count));
}

interface Props {
  row: EntryRow;
  /** The full entry with its sources; null while only the first-screen snapshot is shown. */
  details: TimelineEntry | null;
  locale: string;
}

/**
 * One dated entry. The row is a disclosure button; the evidence and source links are only
 * rendered once opened, which keeps the first render of thousands of entries cheap. Opened
 * before the full data is read, it says so (busy) and fills in when the data arrives.
 */
export const EntryItem = memo(function EntryItem({ row, details, locale }: Props) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const waiting = open && !details;
  return (
    <li className={row.superseded ? 'entry entry-superseded' : 'entry'}>
      <button
        type="button"
        className="entry-toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="entry-line">
          <EventDate date={row.date} locale={locale} />
          <StateChip state={row.state} />
        </span>
        <span className="entry-line entry-what">
          {kindLabel(row.kind)} · {statusLabel(row.status)}
        </span>
        <span className="entry-line entry-meta">
          <span>{sourcesText(row.sourceCount, locale)}</span>
          {row.conflicting && (
            <span className="entry-conflict">
              <span aria-hidden="true">⚠ </span>
              {t('conflictingDates')}
            </span>
          )}
          {row.superseded && <span>{t('superseded')}</span>}
        </span>
      </button>
      {/* Always present so aria-controls points at an element; filled only when open. */}
      <div id={detailsId} className="entry-details" hidden={!open} aria-busy={waiting || undefined}>
        {waiting && <p className="muted">{t('loading')}</p>}
        {open && details && <EntryDetails entry={details} locale={locale} />}
      </div>
    </li>
  );
});

function EntryDetails({ entry, locale }: { entry: TimelineEntry; locale: string }) {
  const otherDates = entry.conflictingDates.map((date) => formatDate(date, locale));
  return (
    <>
      {otherDates.length > 0 && (
        <p className="entry-conflict">{t('otherDates', formatList(otherDates, locale))}</p>
      )}
      <ul className="sources">
        {entry.sources.map((source) => (
          <li key={source.articleId} className="source">
            <blockquote className="evidence">{source.evidence}</blockquote>
            <SourceLink url={source.url} title={source.title || t('untitledSource')} />
            {(source.site || source.published) && (
              <span className="source-meta">
                {source.site}
                {source.site && source.published && ' · '}
                {source.published && <EventDate date={source.published} locale={locale} />}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
