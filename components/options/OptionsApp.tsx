import { t } from '../../i18n/t';
import { Header } from '../Header';
import type { StoredArticle } from '../../storage/types';
import type { StoredData } from '../stored-data';
import { useStoredData } from '../use-stored-data';
import { ClearData } from './ClearData';
import { DetectionSettings } from './DetectionSettings';
import { ExcludedSites } from './ExcludedSites';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { OptionsSection } from './OptionsSection';
import { StoredArticles } from './StoredArticles';
import { useSettings } from './use-settings';

/** null while loading; empty when storage failed (the notice above explains why). */
function articlesOf(data: StoredData): StoredArticle[] | null {
  if (data.status === 'ready') return data.articles;
  return data.status === 'loading' ? null : [];
}

/** The options page: detection settings, data in and out, stored articles, privacy. */
export function OptionsApp({ locale }: { locale: string }) {
  const { settings, update } = useSettings();
  const { data, reload } = useStoredData();

  return (
    <>
      <Header title={t('optionsTitle')} />
      <main className="options">
        {settings && (
          <>
            <DetectionSettings settings={settings} update={update} />
            <ExcludedSites settings={settings} update={update} />
          </>
        )}
        {data.status === 'unavailable' && <p className="notice">{t('storageUnavailable')}</p>}
        {data.status === 'error' && <p className="notice">{t('storageError', data.message)}</p>}
        <ExportPanel db={data.status === 'ready' ? data.db : null} />
        <ImportPanel onImported={reload} />
        <StoredArticles articles={articlesOf(data)} locale={locale} onChanged={reload} />
        <ClearData onCleared={reload} />
        <OptionsSection title={t('privacyHeading')}>
          <p>{t('privacyBody')}</p>
        </OptionsSection>
      </main>
    </>
  );
}
