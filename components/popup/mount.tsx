/**
 * Starts React in the popup: over the prerendered first screen (hydrating the markup the entry
 * inserted), or from scratch. Loaded by the entry with a dynamic import, so the page can show
 * the prerendered markup before React's code has even arrived.
 */
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import type { FirstScreen } from '../../timeline/first-screen';
import { type StoredData, unsettledRead } from '../stored-data';
import { PopupApp } from './PopupApp';

interface MountOptions {
  today: Date;
  locale: string;
  firstRead: Promise<StoredData>;
  firstScreen: FirstScreen | null;
  /** `root` holds the markup prerendered for exactly this snapshot (prerender.tsx). */
  prerendered: boolean;
}

export function mountPopup(root: HTMLElement, options: MountOptions): Root {
  const { today, locale, firstRead, firstScreen, prerendered } = options;
  // Over the markup, rendered as the markup was: with the database read still pending, even
  // if it is done.
  const app = (
    <PopupApp
      today={today}
      locale={locale}
      firstRead={prerendered ? unsettledRead(firstRead) : firstRead}
      firstScreen={firstScreen}
    />
  );
  if (prerendered) {
    return hydrateRoot(root, app, {
      // React then renders the popup afresh: slower, never wrong. Worth a note for developers.
      onRecoverableError: (error) => console.warn('Ban Radar: first screen re-rendered', error),
    });
  }
  const reactRoot = createRoot(root);
  reactRoot.render(app);
  return reactRoot;
}
