import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { readStoredData } from '../../components/stored-data';
import { t, uiLanguage } from '../../i18n/t';
import '../../components/theme.css';
import './popup.css';

// Start reading at once: the read runs while React renders the shell.
const firstRead = readStoredData();

// The page's language follows the UI language, so screen readers pronounce text correctly.
const locale = uiLanguage();
document.documentElement.lang = locale;
document.title = t('extName');

const root = document.getElementById('root');
// "Today" is fixed when the popup opens; a popup is short-lived.
if (root)
  createRoot(root).render(<PopupApp today={new Date()} locale={locale} firstRead={firstRead} />);
