import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';
import { buildTimeline, upcomingEntries } from '../../timeline/summarize';
import { Header } from '../Header';
import { LiveRegion } from '../LiveRegion';
import type { FirstScreen } from '../../timeline/first-screen';
import type { StoredData } from '../stored-data';
import { useStoredData } from '../use-stored-data';
import { ThisPageSection } from './ThisPageSection';
import { TimelineSection } from './TimelineSection';
import { UpcomingSection, type Upcoming } from './UpcomingSection';

/** The toolbar popup: this page, what is coming, and the timeline per app. */
interface Props {
  today: Date;
  locale: string;
  /** The database read the entry started before rendering. */
  firstRead: Promise<StoredData>;
  /** The first-screen snapshot the background prepared, if any: shown until `firstRead` is done. */
  firstScreen: FirstScreen | null;
}

export function PopupApp({ today, locale, firstRead, firstScreen: snapshot }: Props) {
  const { data, reload } = useStoredData(firstRead);
  // Only until the full read is done: from then on the database is the truth, also after a reload.
  const firstScreen = data.status === 'loading' ? snapshot : null;
  const [announcement, setAnnouncement] = useState('');
  const timelines = useMemo(
    () => (data.status === 'ready' ? buildTimeline(data.articles, data.events, today) : []),
    [data, today],
  );
  const upcoming = useMemo((): Upcoming | null => {
    if (data.status === 'ready') {
      const entries = upcomingEntries(timelines, today);
      return { entries, total: entries.length };
    }
    return firstScreen && { entries: firstScreen.upcoming, total: firstScreen.totals.upcoming };
  }, [data.status, timelines, today, firstScreen]);

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
          <UpcomingSection upcoming={upcoming} locale={locale} />
        )}
        <TimelineSection
          status={data.status}
          errorMessage={data.status === 'error' ? data.message : null}
          timelines={timelines}
          firstScreen={firstScreen}
          locale={locale}
        />
      </main>
      <LiveRegion message={announcement} />
    </>
  );
}
