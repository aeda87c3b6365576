import { describe, expect, it } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { thankYouTime } from '~/domain/schedule/thank-you-time';
import { instantToWallTime } from '~/domain/schedule/zoned-time';
import { deepFreeze } from '../support/deep-freeze';
import { singapore } from '../support/holidays';

// Tue 24 Nov 2026, 10:00 in Singapore.
const base = createInterview({ id: 'a', interviewerId: 'b', now: new Date('2026-11-24T00:00:00Z'), timeZone: 'Asia/Singapore', today: '2026-11-24' });
const interview = (overrides: Partial<Interview> = {}): Interview => ({ ...base, time: '10:00', ...overrides });
const theirs = (instant: Date) => Object.values(instantToWallTime(instant, 'Asia/Singapore')).join(' ');

describe('thankYouTime', () => {
  it.each([
    ['before the same-day time', {}, '2026-11-24T08:00:00Z', '2026-11-24 18:00', []],
    ['after it, while it is still their evening', {}, '2026-11-24T11:00:00Z', '2026-11-24 19:00', ['The same-day time (Tue 24 Nov, 18:00 their time) has passed: send it as soon as you can, today on their clock.']],
    ['after it, in their night', {}, '2026-11-24T18:30:00Z', '2026-11-25 08:30', ['The same-day time (Tue 24 Nov, 18:00 their time) had passed when you opened this, so Nudge proposes their next morning, Wed 25 Nov, 08:30 their time.']],
    ['after the next morning too, during their working day', { thankYouTiming: 'next-morning' as const }, '2026-11-25T03:00:00Z', '2026-11-25 11:00', ['The next-morning time (Wed 25 Nov, 08:30 their time) has passed: send it as soon as you can, today on their clock.']],
    ['after their working day, before Christmas', { date: '2026-12-23' }, '2026-12-24T14:00:00Z', '2026-12-28 08:30', ['The same-day time (Wed 23 Dec, 18:00 their time) had passed when you opened this, so Nudge proposes their next morning, Mon 28 Dec, 08:30 their time.']],
  ])('%s, is at %s their time', (_, overrides, now, due, notes) => {
    const time = thankYouTime(interview(overrides), singapore, true, new Date(now));
    expect([theirs(time.due), time.notes]).toEqual([due, notes]);
  });

  it('keeps the chosen time for a thank-you already sent, however late', () => {
    expect(theirs(thankYouTime(interview(), singapore, false, new Date('2026-11-30T00:00:00Z')).due)).toBe('2026-11-24 18:00');
  });

  it('does not change the interview', () => {
    expect(() => thankYouTime(deepFreeze(interview()), singapore, true, new Date('2026-11-24T18:30:00Z'))).not.toThrow();
  });
});
