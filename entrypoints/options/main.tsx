import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLanguage } from '../../i18n/t';
import './options.css';

// The page's language follows the UI language, so screen readers pronounce text correctly.
const locale = uiLanguage();
document.documentElement.lang = locale;
document.title = t('optionsTitle');

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp locale={locale} />);
