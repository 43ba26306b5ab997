/**
 * Message keys for the analysis vocabulary. Records keyed by the full unions make a new kind,
 * status or state a compile error here until it has a label in every locale.
 */
import type { RestrictionKind, RestrictionStatus } from '../analysis/types';
import type { RestrictionState } from '../timeline/types';
import type { MessageKey } from './t';

export const KIND_LABEL_KEYS: Record<RestrictionKind, MessageKey> = {
  ban: 'label_kind_ban',
  'store-removal': 'label_kind_store_removal',
  updates: 'label_kind_updates',
  payments: 'label_kind_payments',
  infrastructure: 'label_kind_infrastructure',
  transactions: 'label_kind_transactions',
  'government-devices': 'label_kind_government_devices',
  minors: 'label_kind_minors',
  divestiture: 'label_kind_divestiture',
  partial: 'label_kind_partial',
};

export const STATUS_LABEL_KEYS: Record<RestrictionStatus, MessageKey> = {
  proposed: 'status_proposed',
  announced: 'status_announced',
  effective: 'status_effective',
  deadline: 'status_deadline',
  delayed: 'status_delayed',
  blocked: 'status_blocked',
  lifted: 'status_lifted',
};

export const STATE_LABEL_KEYS: Record<RestrictionState, MessageKey> = {
  proposed: 'state_proposed',
  upcoming: 'state_upcoming',
  'in-effect': 'state_in_effect',
  'deadline-passed': 'state_deadline_passed',
  delayed: 'state_delayed',
  blocked: 'state_blocked',
  lifted: 'state_lifted',
};
