/**
 * Opt-in reminders: a system notification on the day a stored restriction takes effect.
 * Alarms do not survive a browser restart reliably, so they are recreated at every start,
 * after every change to the data and whenever the setting changes.
 */
import { browser } from 'wxt/browser';
import type { StoredEvent } from '../storage/types';
import { dayIso, localDayNumber } from '../timeline/dates';

const ALARM_PREFIX = 'reminder:';
const NOTIFIED_KEY = 'notifiedReminderDates';
const REMIND_AT_HOUR = 9;
/** Browsers cap alarms; nobody needs more than the next few dozen reminders. */
const MAX_ALARMS = 50;
const REMINDED_STATUSES = new Set(['effective', 'deadline', 'announced']);

const isDayDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

/** The distinct future (or today's) day-precision dates worth a reminder, soonest first. */
export function reminderDates(events: readonly StoredEvent[], now: Date): string[] {
  const today = dayIso(localDayNumber(now)).slice(0, 10);
  const dates = new Set(
    events
      .filter((e) => REMINDED_STATUSES.has(e.status) && isDayDate(e.date) && e.date >= today)
      .map((e) => e.date),
  );
  return [...dates].sort().slice(0, MAX_ALARMS);
}

/** When the reminder for `date` should fire: 09:00 local, or in a minute if that has passed. */
export function reminderTime(date: string, now: Date): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(year, month - 1, day, REMIND_AT_HOUR).getTime();
  return Math.max(at, now.getTime() + 60_000);
}

async function alreadyNotified(): Promise<string[]> {
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  return Array.isArray(stored) ? stored.filter((d): d is string => typeof d === 'string') : [];
}

/** Replaces all reminder alarms with those `events` call for (none when disabled). */
export async function scheduleReminders(
  events: readonly StoredEvent[],
  enabled: boolean,
  now = new Date(),
): Promise<void> {
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing
      .filter((a) => a.name.startsWith(ALARM_PREFIX))
      .map((a) => browser.alarms.clear(a.name)),
  );
  if (!enabled) return;
  const notified = new Set(await alreadyNotified());
  for (const date of reminderDates(events, now)) {
    if (!notified.has(date)) {
      browser.alarms.create(ALARM_PREFIX + date, { when: reminderTime(date, now) });
    }
  }
}

/** The date a reminder alarm is for, or null for other alarms. */
export function reminderDateOf(alarmName: string): string | null {
  const date = alarmName.startsWith(ALARM_PREFIX) ? alarmName.slice(ALARM_PREFIX.length) : '';
  return isDayDate(date) ? date : null;
}

/** One line per app and country for the restrictions that start on `date`. */
export function reminderLines(events: readonly StoredEvent[], date: string): string[] {
  const lines = new Set(
    events
      .filter((e) => e.date === date && REMINDED_STATUSES.has(e.status))
      .map((e) => `${e.app} (${e.jurisdiction})`),
  );
  return [...lines].sort();
}

export async function notifyReminder(events: readonly StoredEvent[], date: string): Promise<void> {
  const lines = reminderLines(events, date);
  if (lines.length === 0) return;
  await browser.notifications.create(ALARM_PREFIX + date, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage('notificationTitle') || 'Ban Radar',
    message: browser.i18n.getMessage('notificationBody', [lines.join(', ')]) || lines.join(', '),
  });
  const notified = await alreadyNotified();
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...notified, date].slice(-200) });
}
