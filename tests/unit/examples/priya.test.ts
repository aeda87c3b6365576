import { describe, expect, it } from 'vitest';
import { PRIYA_DAY, PRIYA_PLANNED_AT, priyaInterview } from '~/domain/examples/priya';
import { buildSchedule } from '~/domain/schedule/schedule';
import { england } from '../support/holidays';

describe('Priya’s worked example, as the guide renders it', () => {
  const schedule = buildSchedule(priyaInterview(), { holidays: england, person: PRIYA_DAY, now: PRIYA_PLANNED_AT });

  it('has one hear-back date, Friday 13 March, and a first check-in on the working day after it', () => {
    expect(priyaInterview().hearBackBy).toBe('2026-03-13');
    expect(schedule.map((item) => [item.id, item.channel, item.dueWallTime.date, item.dueWallTime.time])).toEqual([
      ['thank-you', 'email', '2026-03-04', '08:30'],
      ['check-in-1', 'call', '2026-03-16', '10:00'],
      ['check-in-2', 'email', '2026-03-30', '10:00'],
      ['check-in-3', 'call', '2026-04-13', '10:00'],
      ['closing', 'email', '2026-04-27', '10:00'],
    ]);
  });

  it('moves the second check-in to the first working day after the date Jane gave at the first', () => {
    expect(schedule[2]!.adjustments).toEqual(['They said: by Fri 27 Mar, so this waits for the first working day after it.', 'Moved from Sat 28 Mar: the weekend.']);
  });

  it('is a fresh record each time, so no page can change another’s', () => {
    expect(priyaInterview()).not.toBe(priyaInterview());
    expect(priyaInterview()).toEqual(priyaInterview());
  });
});
