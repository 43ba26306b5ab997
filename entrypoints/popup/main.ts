import { FIRST_CONTENT_MARK, markOnce } from '../../components/popup/content-marks';
import { buildMarkup } from '../../components/popup/first-screen-markup';
import { readFirstScreen } from '../../components/first-screen-read';
import { t, uiLanguage } from '../../i18n/t';
import './popup.css';

// "Today" is fixed when the popup opens; a popup is short-lived.
const today = new Date();
// The page's language follows the UI language, so screen readers pronounce text correctly.
const locale = uiLanguage();
document.documentElement.lang = locale;
document.title = t('extName');

// The small first-screen read goes first: nothing competes with it for the page's main thread.
// Then the database read (hundreds of milliseconds with thousands of events) and React's code
// (most of the popup's cost before its first frame) start together.
const firstScreenRead = readFirstScreen(today, locale);

async function start(root: HTMLElement): Promise<void> {
  const firstScreen = await firstScreenRead;
  if (firstScreen?.markup) {
    // What the background rendered with React's own renderer (components/popup/prerender.tsx),
    // built with DOM calls: texts stay texts.
    root.replaceChildren(buildMarkup(document, firstScreen.markup));
    markOnce(FIRST_CONTENT_MARK, { from: 'first-screen' });
  }
  // Both imported here, not at the top: the page's first frame needs neither React nor the
  // database code.
  const react = import('../../components/popup/mount');
  const { readStoredData } = await import('../../components/stored-data');
  const firstRead = readStoredData();
  const { mountPopup } = await react;
  mountPopup(root, {
    today,
    locale,
    firstRead,
    firstScreen: firstScreen?.snapshot ?? null,
    prerendered: Boolean(firstScreen?.markup),
  });
}

const root = document.getElementById('root');
if (root) void start(root);
