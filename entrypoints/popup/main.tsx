import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { readFirstScreen, readStoredData } from '../../components/stored-data';
import { t, uiLanguage } from '../../i18n/t';
import '../../components/theme.css';
import './popup.css';

// "Today" is fixed when the popup opens; a popup is short-lived.
const today = new Date();
// Start both reads at once; they run while React loads and renders the shell. The snapshot
// the background prepared is small and comes first: the popup shows it, then the full read.
const firstScreenRead = readFirstScreen(today);
const firstRead = readStoredData();

// The page's language follows the UI language, so screen readers pronounce text correctly.
const locale = uiLanguage();
document.documentElement.lang = locale;
document.title = t('extName');

const root = document.getElementById('root');
// React renders once either read is in (the snapshot takes milliseconds): one render with
// content costs less than rendering the empty shell first and the content right after.
void Promise.race([firstScreenRead, firstRead]).then(() => {
  if (!root) return;
  createRoot(root).render(
    <PopupApp
      today={today}
      locale={locale}
      firstRead={firstRead}
      firstScreenRead={firstScreenRead}
    />,
  );
});
