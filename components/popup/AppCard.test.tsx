import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppCard } from './AppCard';
import { entry, timelines } from '../../timeline/fixtures/entries';
import { TimelineSection } from './TimelineSection';

function render(entries: Parameters<typeof timelines>[0]): string {
  const [timeline] = timelines(entries);
  if (!timeline) throw new Error('no timeline');
  return renderToStaticMarkup(<AppCard timeline={timeline} locale="en" />);
}

describe('AppCard', () => {
  it('is an article named by the app, with places and dated entries', () => {
    const html = render([
      entry({ date: '2020-11', precision: 'month', state: 'upcoming', jurisdiction: 'US-MT' }),
    ]);
    expect(html).toMatch(/^<article class="card" aria-labelledby="([^"]+)"><h3 id="\1"/);
    expect(html).toContain('>Chirpa</h3>');
    expect(html).toContain('<span aria-hidden="true">🇺🇸 </span>United States (MT)');
    // Month precision stays a month: no invented day.
    expect(html).toContain('<time class="event-date" dateTime="2020-11">Nov 2020</time>');
    expect(html).toContain('state_upcoming');
  });

  it('renders entries collapsed, each toggle controlling an existing region', () => {
    const html = render([entry()]);
    const [, controls] = /aria-expanded="false" aria-controls="([^"]+)"/.exec(html) ?? [];
    expect(controls).toBeTruthy();
    expect(html).toContain(`<div id="${controls}" class="entry-details" hidden="">`);
    // Evidence and links are only rendered once opened.
    expect(html).not.toContain('Chirpa will be banned');
  });

  it('marks conflicting dates and overtaken entries', () => {
    const html = render([entry({ conflictingDates: ['2024-04-01'], supersededBy: 'later' })]);
    expect(html).toContain('conflictingDates');
    expect(html).toContain('superseded');
    expect(html).toContain('entry entry-superseded');
  });

  it('shows the first entries and offers the rest', () => {
    const many = Array.from({ length: 10 }, (_, day) =>
      entry({ date: `2024-03-${String(day + 1).padStart(2, '0')}` }),
    );
    const html = render(many);
    expect(html.match(/class="entry-toggle"/g)).toHaveLength(8);
    expect(html).toContain('showAllEntries');
  });
});

describe('TimelineSection', () => {
  const section = (props: Partial<Parameters<typeof TimelineSection>[0]>) =>
    renderToStaticMarkup(
      <TimelineSection
        status="ready"
        errorMessage={null}
        timelines={[]}
        firstScreen={null}
        locale="en"
        {...props}
      />,
    );

  it('explains Ban Radar when nothing is stored yet', () => {
    const html = section({});
    expect(html).toContain('timelineHeading');
    expect(html).toContain('emptyBody');
  });

  it('says when storage cannot be used', () => {
    expect(section({ status: 'unavailable' })).toContain('storageUnavailable');
  });

  it('shows search, filters and one card per app', () => {
    const html = section({
      timelines: timelines([entry(), entry({ app: 'Blabber', jurisdiction: 'NG' })]),
    });
    expect(html).toContain('role="search"');
    expect(html.match(/<article /g)).toHaveLength(2);
  });
});
