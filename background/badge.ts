/** The toolbar badge: how many restrictions the current page reported, per tab. */
import { browser } from 'wxt/browser';

// MV2 (Firefox build) has browserAction, MV3 has action.
const toolbarAction = () => browser.action ?? browser.browserAction;

const BADGE_COLOR = '#b3261e';

export async function showRestrictionCount(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  const text = count === 0 ? '' : count > 99 ? '99+' : String(count);
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab closed between the report and the badge update: nothing to show.
  }
}
