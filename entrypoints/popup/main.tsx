/**
 * The popup's entry. It stays small on purpose: it starts the database read, then loads React
 * and the components (./render), so reading IndexedDB overlaps with fetching, compiling and
 * running that code instead of waiting for it.
 */
import { readStoredData } from '../../components/stored-data';
import { t, uiLanguage } from '../../i18n/t';
import '../../components/theme.css';
import './popup.css';

const firstRead = readStoredData();

// The page's language follows the UI language, so screen readers pronounce text correctly.
const locale = uiLanguage();
document.documentElement.lang = locale;
document.title = t('extName');

// "Today" is fixed when the popup opens; a popup is short-lived.
const today = new Date();
const root = document.getElementById('root');
if (root) {
  void import('./render').then(({ renderPopup }) =>
    renderPopup(root, { today, locale, firstRead }),
  );
}
