import { memo, useId, useState } from 'react';
import { formatList, pluralCategory } from '../../i18n/format';
import { formatDate } from '../../timeline/summary-line';
import { t } from '../../i18n/t';
import type { TimelineEntry } from '../../timeline/types';
import { EventDate, kindLabel, StateChip, statusLabel } from '../labels';
import { SourceLink } from '../SourceLink';

export function sourcesText(count: number, locale: string): string {
  return pluralCategory(count, locale) === 'one'
    ? t('sourcesOne')
    : t('sourcesOther', String(count));
}

/**
 * One dated entry. The row is a disclosure button; the evidence and source links are only
 * rendered once opened, which keeps the first render of thousands of entries cheap.
 */
export const EntryItem = memo(function EntryItem({
  entry,
  locale,
}: {
  entry: TimelineEntry;
  locale: string;
}) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const conflicting = entry.conflictingDates.length > 0;
  return (
    <li className={entry.supersededBy ? 'entry entry-superseded' : 'entry'}>
      <button
        type="button"
        className="entry-toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="entry-line">
          <EventDate date={entry.date} locale={locale} />
          <StateChip state={entry.state} />
        </span>
        <span className="entry-line entry-what">
          {kindLabel(entry.kind)} · {statusLabel(entry.status)}
        </span>
        <span className="entry-line entry-meta">
          <span>{sourcesText(entry.sources.length, locale)}</span>
          {conflicting && (
            <span className="entry-conflict">
              <span aria-hidden="true">⚠ </span>
              {t('conflictingDates')}
            </span>
          )}
          {entry.supersededBy && <span>{t('superseded')}</span>}
        </span>
      </button>
      {/* Always present so aria-controls points at an element; filled only when open. */}
      <div id={detailsId} className="entry-details" hidden={!open}>
        {open && <EntryDetails entry={entry} locale={locale} />}
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
