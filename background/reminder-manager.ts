/** Glue between settings, the database and the reminder alarms (background/reminders.ts). */
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { loadTimelineData } from '../storage/queries';
import { openBanRadarDb } from '../storage/db';
import { notifyReminder, reminderDateOf, scheduleReminders } from './reminders';

export async function refreshReminders(): Promise<void> {
  try {
    const settings = await loadSettings();
    const events = settings.notifications
      ? (await loadTimelineData(await openBanRadarDb())).events
      : [];
    await scheduleReminders(events, settings.notifications);
  } catch (error) {
    // Reminders are a convenience: a storage problem must not break report handling.
    console.warn('Ban Radar: could not schedule reminders', error);
  }
}

export function watchReminders(): void {
  watchSettings(() => void refreshReminders());
  browser.runtime.onStartup.addListener(() => void refreshReminders());
  browser.runtime.onInstalled.addListener(() => void refreshReminders());
  browser.alarms.onAlarm.addListener((alarm) => {
    const date = reminderDateOf(alarm.name);
    if (date) void remind(date);
  });
}

async function remind(date: string): Promise<void> {
  if (!(await loadSettings()).notifications) return;
  const { events } = await loadTimelineData(await openBanRadarDb());
  await notifyReminder(events, date);
}
