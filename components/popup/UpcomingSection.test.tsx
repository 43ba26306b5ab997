import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { entry } from '../../timeline/fixtures/entries';
import type { TimelineEntry } from '../../timeline/types';
import { UpcomingSection } from './UpcomingSection';

const render = (entries: TimelineEntry[] | null) =>
  renderToStaticMarkup(
    <UpcomingSection upcoming={entries && { entries, total: entries.length }} locale="en" />,
  );

describe('UpcomingSection', () => {
  it('lists what is coming with the days left and the date', () => {
    const html = render([entry({ date: '2027-01-15', daysUntil: 12, state: 'upcoming' })]);
    expect(html).toContain('in 12 days');
    expect(html).toContain('Jan 15, 2027');
    expect(html).toContain('<strong>Chirpa</strong>');
  });

  it('keeps the list short and says how many more there are', () => {
    const entries = Array.from({ length: 7 }, (_, day) =>
      entry({ date: `2027-01-0${day + 1}`, daysUntil: day + 1 }),
    );
    const html = render(entries);
    expect(html.match(/class="upcoming-item"/g)).toHaveLength(5);
    expect(html).toContain('upcomingMore');
  });

  it('counts what a first-screen snapshot leaves out', () => {
    const soonest = [entry({ date: '2027-01-15', daysUntil: 12 })];
    const html = renderToStaticMarkup(
      <UpcomingSection upcoming={{ entries: soonest, total: 9 }} locale="en" />,
    );
    expect(html.match(/class="upcoming-item"/g)).toHaveLength(1);
    expect(html).toContain('upcomingMore');
  });

  it('says when it is loading or empty', () => {
    expect(render(null)).toContain('loading');
    expect(render([])).toContain('upcomingEmpty');
  });
});
