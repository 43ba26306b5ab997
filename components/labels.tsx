/**
 * Small presentational pieces shared by the popup and options page: dates, places, kinds and
 * state chips, always as text (a chip's colour is never the only signal).
 */
import type { RestrictionKind, RestrictionStatus } from '../analysis/types';
import { flagEmoji, jurisdictionName } from '../i18n/format';
import { formatDate } from '../timeline/summary-line';
import { KIND_LABEL_KEYS, STATE_LABEL_KEYS, STATUS_LABEL_KEYS } from '../i18n/labels';
import { t } from '../i18n/t';
import type { RestrictionState } from '../timeline/types';

export function EventDate({ date, locale }: { date: string; locale: string }) {
  return (
    <time className="event-date" dateTime={date}>
      {formatDate(date, locale)}
    </time>
  );
}

export function Place({ jurisdiction, locale }: { jurisdiction: string; locale: string }) {
  const flag = flagEmoji(jurisdiction);
  return (
    <span className="place">
      {/* The name is announced; the flag is decoration. */}
      {flag && <span aria-hidden="true">{flag} </span>}
      {jurisdictionName(jurisdiction, locale)}
    </span>
  );
}

export function kindLabel(kind: RestrictionKind): string {
  return t(KIND_LABEL_KEYS[kind]);
}

export function statusLabel(status: RestrictionStatus): string {
  return t(STATUS_LABEL_KEYS[status]);
}

export function stateLabel(state: RestrictionState): string {
  return t(STATE_LABEL_KEYS[state]);
}

export function StateChip({ state }: { state: RestrictionState }) {
  return <span className={`chip chip-${state}`}>{stateLabel(state)}</span>;
}

export function StatusChip({ status }: { status: RestrictionStatus }) {
  return <span className={`chip chip-status-${status}`}>{statusLabel(status)}</span>;
}
