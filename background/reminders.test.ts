import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../storage/types';
import { reminderDateOf, reminderDates, reminderLines, reminderTime } from './reminders';

const event = (overrides: Partial<StoredEvent>): StoredEvent => ({
  id: 'x',
  articleId: 'https://news.example/a',
  app: 'TikTok',
  jurisdiction: 'US',
  kind: 'ban',
  status: 'effective',
  date: '2030-11-12',
  evidence: 'TikTok will be banned from 12 November.',
  ...overrides,
});

describe('reminders', () => {
  const now = new Date(2030, 10, 1, 12);

  it('reminds of future day-precision dates that start or end something, soonest first', () => {
    const events = [
      event({ date: '2030-12-01' }),
      event({ date: '2030-11-12', app: 'WeChat' }),
      event({ date: '2030-11' }),
      event({ date: '2030-10-01' }),
      event({ date: '2030-11-20', status: 'proposed' }),
    ];
    expect(reminderDates(events, now)).toEqual(['2030-11-12', '2030-12-01']);
  });

  it('fires at 9 in the morning, or in a minute when that has passed today', () => {
    expect(reminderTime('2030-11-12', now)).toBe(new Date(2030, 10, 12, 9).getTime());
    expect(reminderTime('2030-11-01', now)).toBe(now.getTime() + 60_000);
  });

  it('names each app and country once', () => {
    const events = [event({}), event({ kind: 'payments' }), event({ app: 'WeChat' })];
    expect(reminderLines(events, '2030-11-12')).toEqual(['TikTok (US)', 'WeChat (US)']);
  });

  it('recognises only its own alarms', () => {
    expect(reminderDateOf('reminder:2030-11-12')).toBe('2030-11-12');
    expect(reminderDateOf('reminder:soon')).toBeNull();
    expect(reminderDateOf('other')).toBeNull();
  });
});
