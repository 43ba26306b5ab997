import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { RestrictionEvent } from '../../analysis/types';
import { t } from '../../i18n/t';
import type { TabReport } from '../../messaging/protocol';
import { EventDate, kindLabel, Place, StatusChip } from '../labels';
import { describeError, sendMessage } from '../messaging';
import { groupPageEvents, pageView } from './this-page';

type PageState =
  { phase: 'loading' } | { phase: 'ready'; tabId: number; report: TabReport } | { phase: 'failed' };

interface Props {
  locale: string;
  announce: (message: string) => void;
  /** Called after the background changed stored data, so the timeline re-reads it. */
  onDataChanged: () => void;
  /**
   * True until the timeline shows its first content. The round trip to the background (which
   * may have to wake its service worker) waits until then, or at most `REPORT_WAIT_MS`, so it
   * never competes with the database read for the first screen.
   */
  waitForTimeline?: boolean;
}

/** The longest the tab report waits for the timeline, should the database read hang. */
const REPORT_WAIT_MS = 1000;

async function loadReport(): Promise<PageState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { phase: 'failed' };
  const reply = await sendMessage<TabReport>({ type: 'get-tab-report', tabId: tab.id });
  return reply.ok ? { phase: 'ready', tabId: tab.id, report: reply.value } : { phase: 'failed' };
}

export function ThisPageSection({
  locale,
  announce,
  onDataChanged,
  waitForTimeline = false,
}: Props) {
  const headingId = useId();
  const [state, setState] = useState<PageState>({ phase: 'loading' });
  const [busy, setBusy] = useState<'analyze' | 'dismiss' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [waitedEnough, setWaitedEnough] = useState(false);
  const canLoad = !waitForTimeline || waitedEnough;

  useEffect(() => {
    if (canLoad) return;
    const timer = setTimeout(() => setWaitedEnough(true), REPORT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [canLoad]);

  // Once only: `canLoad` never goes back to false.
  useEffect(() => {
    if (!canLoad) return;
    loadReport().then(setState, () => setState({ phase: 'failed' }));
  }, [canLoad]);

  if (state.phase !== 'ready') {
    return (
      <PageSection headingId={headingId}>
        <p className="muted">{t(state.phase === 'loading' ? 'loading' : 'thisPageUnknown')}</p>
      </PageSection>
    );
  }

  const { tabId, report } = state;
  const view = pageView(report);
  const fail = (replyError: string) => {
    const message = describeError(replyError);
    setError(message);
    announce(message);
  };

  const analyze = async () => {
    setBusy('analyze');
    setError(null);
    const reply = await sendMessage<TabReport>({ type: 'analyze-tab', tabId });
    setBusy(null);
    if (!reply.ok) return fail(reply.error);
    setState({ phase: 'ready', tabId, report: reply.value });
    announce(t('announceAnalyzed', String(reply.value.result?.events.length ?? 0)));
    onDataChanged();
  };

  const dismiss = async () => {
    if (report.pageUrl === null) return;
    setBusy('dismiss');
    setError(null);
    const reply = await sendMessage<null>({
      type: 'dismiss-article',
      url: report.pageUrl,
      canonicalUrl: report.result?.url ?? null,
    });
    setBusy(null);
    if (!reply.ok) return fail(reply.error);
    setState({ phase: 'ready', tabId, report: { ...report, status: 'dismissed' } });
    announce(t('announceDismissed'));
    onDataChanged();
  };

  const events = report.status === 'reported' ? (report.result?.events ?? []) : [];
  return (
    <PageSection headingId={headingId}>
      <p className={events.length > 0 ? 'page-verdict page-verdict-found' : 'page-verdict'}>
        {t(view.message)}
      </p>
      {events.length > 0 && <PageEvents events={events} locale={locale} />}
      {(view.canAnalyze || view.canDismiss) && (
        <div className="button-row">
          {view.canAnalyze && (
            <button type="button" className="button" onClick={analyze} disabled={busy !== null}>
              {t(busy === 'analyze' ? 'analyzingButton' : 'analyzeButton')}
            </button>
          )}
          {view.canDismiss && (
            <button
              type="button"
              className="button button-quiet"
              onClick={dismiss}
              disabled={busy !== null}
            >
              {t('dismissButton')}
            </button>
          )}
        </div>
      )}
      {error && <p className="error-text">{error}</p>}
    </PageSection>
  );
}

function PageSection({ headingId, children }: { headingId: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('thisPageHeading')}</h2>
      {children}
    </section>
  );
}

function PageEvents({ events, locale }: { events: RestrictionEvent[]; locale: string }) {
  const groups = useMemo(() => groupPageEvents(events), [events]);
  return (
    <ul className="page-events">
      {groups.map((group) => (
        <li key={`${group.app}|${group.jurisdiction}`} className="page-event-group">
          <p className="page-event-head">
            <strong>{group.app}</strong> <Place jurisdiction={group.jurisdiction} locale={locale} />
          </p>
          <ul className="page-event-facts">
            {group.events.map((event) => (
              <li key={`${event.kind}|${event.status}|${event.date}`} className="page-event">
                <EventDate date={event.date} locale={locale} />
                <span className="page-event-kind">{kindLabel(event.kind)}</span>
                <StatusChip status={event.status} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
