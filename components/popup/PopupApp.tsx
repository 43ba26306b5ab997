import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';
import { buildTimeline, upcomingEntries } from '../../timeline/summarize';
import { Header } from '../Header';
import { LiveRegion } from '../LiveRegion';
import type { StoredData } from '../stored-data';
import { useStoredData } from '../use-stored-data';
import { ThisPageSection } from './ThisPageSection';
import { TimelineSection } from './TimelineSection';
import { UpcomingSection } from './UpcomingSection';

/** The toolbar popup: this page, what is coming, and the timeline per app. */
interface Props {
  today: Date;
  locale: string;
  /** The database read the entry started before rendering. */
  firstRead: Promise<StoredData>;
}

export function PopupApp({ today, locale, firstRead }: Props) {
  const { data, reload } = useStoredData(firstRead);
  const [announcement, setAnnouncement] = useState('');
  const timelines = useMemo(
    () => (data.status === 'ready' ? buildTimeline(data.articles, data.events, today) : []),
    [data, today],
  );
  const upcoming = useMemo(() => upcomingEntries(timelines, today), [timelines, today]);

  return (
    <>
      <Header title={t('extName')}>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </Header>
      <main>
        <ThisPageSection
          locale={locale}
          announce={setAnnouncement}
          onDataChanged={reload}
          waitForTimeline={data.status === 'loading'}
        />
        {/* Without storage there is nothing to list; the timeline section says why. */}
        {(data.status === 'ready' || data.status === 'loading') && (
          <UpcomingSection entries={data.status === 'ready' ? upcoming : null} locale={locale} />
        )}
        <TimelineSection
          status={data.status}
          errorMessage={data.status === 'error' ? data.message : null}
          timelines={timelines}
          locale={locale}
        />
      </main>
      <LiveRegion message={announcement} />
    </>
  );
}
