/**
 * What follows every change to the stored data, whoever made it (a page report, the user's
 * dismiss, delete, clear or import): reminder alarms and the popup's first screen are brought
 * in line with it.
 */
import { refreshFirstScreen } from './first-screen-cache';
import { refreshReminders } from './reminder-manager';

/** Never rejects: both managers log their own failures and carry on. */
export async function dataChanged(): Promise<void> {
  await Promise.all([refreshReminders(), refreshFirstScreen()]);
}
