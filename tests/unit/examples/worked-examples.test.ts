import { describe, expect, it } from 'vitest';
import { AISYAH_DAY, AISYAH_PLANNED_AT, aisyahInterview } from '~/domain/examples/aisyah';
import { PRIYA_DAY, PRIYA_PLANNED_AT } from '~/domain/examples/priya';
import { PRIYA_FINAL_PLANNED_AT, priyaFinalRound } from '~/domain/examples/priya-final-round';
import { PRIYA_JANE_BACK_ON, priyaOutOfOffice } from '~/domain/examples/priya-out-of-office';
import { SOFIA_DAY, SOFIA_PLANNED_AT, sofiaInterview } from '~/domain/examples/sofia';
import { followUpContact } from '~/domain/records/contacts';
import { buildSchedule } from '~/domain/schedule/schedule';
import { formatInstant } from '~/domain/schedule/zoned-time';
import { england, singapore } from '../support/holidays';

const wall = (schedule: ReturnType<typeof buildSchedule>) => schedule.map((item) => [item.id, item.channel, item.dueWallTime.date, item.dueWallTime.time]);

describe('Aisyah’s worked example: an agency candidate', () => {
  const schedule = buildSchedule(aisyahInterview(), { holidays: singapore, person: AISYAH_DAY, now: AISYAH_PLANNED_AT });

  it('sends every follow-up to her consultant, not the client', () => {
    expect(followUpContact(aisyahInterview())?.name).toBe('Sarah Goh');
  });

  it('moves her first check-in off the weekend and a Singapore holiday after the date the client gave, and says why', () => {
    expect(wall(schedule)).toEqual([
      ['thank-you', 'email', '2026-05-19', '18:00'],
      ['check-in-1', 'call', '2026-06-02', '10:00'],
      ['check-in-2', 'email', '2026-06-16', '10:00'],
      ['check-in-3', 'call', '2026-06-30', '10:00'],
      ['closing', 'email', '2026-07-14', '10:00'],
    ]);
    expect(schedule[1]!.adjustments.join(' ')).toContain('Vesak Day in Singapore');
  });
});

describe('Sofia’s worked example: two clocks', () => {
  const [thanks] = buildSchedule(sofiaInterview(), { holidays: singapore, person: SOFIA_DAY, now: SOFIA_PLANNED_AT });

  it('lands her thank-you at 08:30 in Singapore, 00:30 in Manchester, written the evening before with "Schedule send"', () => {
    expect(thanks!.dueWallTime).toEqual({ date: '2026-03-25', time: '08:30' });
    expect(formatInstant(thanks!.due, { timeZone: 'Europe/London', locale: 'en-GB' })).toBe('Wed, 25 Mar 2026, 0:30');
    expect(thanks!.scheduleSend).toBe(true);
  });
});

describe('Priya’s final round and a "what if" of her story', () => {
  it('gives the final round a fresh schedule of its own, off the Early May bank holiday', () => {
    const schedule = buildSchedule(priyaFinalRound(), { holidays: england, person: PRIYA_DAY, now: PRIYA_FINAL_PLANNED_AT });
    expect(wall(schedule).slice(0, 3)).toEqual([
      ['thank-you', 'email', '2026-04-14', '18:00'],
      ['check-in-1', 'call', '2026-04-20', '10:00'],
      ['check-in-2', 'email', '2026-05-05', '10:00'],
    ]);
  });

  it('waits for the first working day after Jane is back from her out-of-office', () => {
    const schedule = buildSchedule(priyaOutOfOffice(), { holidays: england, person: PRIYA_DAY, now: PRIYA_PLANNED_AT });
    expect(PRIYA_JANE_BACK_ON).toBe('2026-04-07');
    expect(schedule.find((item) => item.id === 'check-in-3')?.dueWallTime).toEqual({ date: '2026-04-08', time: '10:00' });
  });
});
