import { useId, useMemo } from 'react';
import { flagEmoji, jurisdictionName } from '../../i18n/format';
import { t } from '../../i18n/t';
import { kindLabel, stateLabel } from '../labels';
import type { FilterOptions } from '../../timeline/view';
import { isFiltering, NO_FILTERS, type TimelineFilters } from './timeline-view';

interface Props {
  filters: TimelineFilters;
  options: FilterOptions;
  locale: string;
  onChange: (filters: TimelineFilters) => void;
}

export function TimelineFilterForm({ filters, options, locale, onChange }: Props) {
  const id = useId();
  const countries = useMemo(
    () =>
      options.jurisdictions
        .map((code) => ({ code, name: jurisdictionName(code, locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [options.jurisdictions, locale],
  );
  const kinds = useMemo(
    () =>
      options.kinds
        .map((kind) => ({ kind, label: kindLabel(kind) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [options.kinds, locale],
  );
  // Options only offer values present in the data, so the chosen one is looked up there.
  const update = (change: Partial<TimelineFilters>) => onChange({ ...filters, ...change });

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('filtersLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field field-wide">
        <label htmlFor={`${id}-q`}>{t('searchLabel')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.query}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          onChange={(event) => update({ query: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-app`}>{t('filterApp')}</label>
        <select
          id={`${id}-app`}
          value={filters.app}
          onChange={(event) => update({ app: event.target.value })}
        >
          <option value="">{t('filterAll')}</option>
          {options.apps.map((app) => (
            <option key={app} value={app}>
              {app}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('filterCountry')}</label>
        <select
          id={`${id}-country`}
          value={filters.jurisdiction}
          onChange={(event) => update({ jurisdiction: event.target.value })}
        >
          <option value="">{t('filterAll')}</option>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {`${flagEmoji(code)} ${name}`.trim()}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('filterKind')}</label>
        <select
          id={`${id}-kind`}
          value={filters.kind}
          onChange={(event) =>
            update({ kind: options.kinds.find((kind) => kind === event.target.value) ?? '' })
          }
        >
          <option value="">{t('filterAll')}</option>
          {kinds.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>{t('filterState')}</label>
        <select
          id={`${id}-state`}
          value={filters.state}
          onChange={(event) =>
            update({ state: options.states.find((state) => state === event.target.value) ?? '' })
          }
        >
          <option value="">{t('filterAll')}</option>
          {options.states.map((state) => (
            <option key={state} value={state}>
              {stateLabel(state)}
            </option>
          ))}
        </select>
      </div>
      {isFiltering(filters) && (
        <button type="button" className="button button-quiet" onClick={() => onChange(NO_FILTERS)}>
          {t('clearFilters')}
        </button>
      )}
    </form>
  );
}
