import { describe, expect, it } from 'vitest';
import { followUpEvent, type EventTexts } from '~/domain/calendar/follow-up-events';
import { phoneNumberCountry } from '~/domain/messages/phone-number';
import { createInterview, emptyInterviewer } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { recipientClock } from '~/domain/schedule/recipient-clock';
import { buildChain, type ScheduleContext } from '~/domain/schedule/schedule';
import { weekdayOf } from '~/domain/schedule/working-day';
import { instantToWallTime } from '~/domain/schedule/zoned-time';
import { holidayIndex, type FullHolidayData } from '~/integrations/holiday-data-slice';
import { data, holidaysOf } from '../support/holidays';

// Issue 18, "Done means": a candidate in Kuala Lumpur, interviewed by Tom in London, put forward by
// Sarah, an agency recruiter in Kuala Lumpur (+60 3 …). The follow-ups go to Sarah: her calls inside her
// working hours, her emails in her morning, on Malaysia's working days; Tom's interview stays on his clock.
const places = holidayIndex(data as unknown as FullHolidayData);
const KL = 'Asia/Kuala_Lumpur';
const sarah = { ...emptyInterviewer('sarah', 'recruiter'), name: 'Sarah Lim', phone: '+60 3 2161 0000' };
const tom = { ...emptyInterviewer('tom'), name: 'Tom Hughes' };
const interview = (overrides: Partial<Interview> = {}): Interview => ({
  ...createInterview({ id: 'i1', interviewerId: 'tom', now: new Date('2026-03-01T00:00:00Z'), timeZone: 'Europe/London', today: '2026-03-16' }),
  company: 'Brightlane',
  time: '10:00',
  interviewers: [tom, sarah],
  followUpsTo: 'sarah',
  thankYouTiming: 'next-morning',
  ...overrides,
});
const person = { timeZone: KL, start: '08:00', end: '21:00' };
function contextFor(record: Interview): ScheduleContext {
  const clock = recipientClock(record, { personZone: KL, places, phoneCountry: phoneNumberCountry });
  return { holidays: holidaysOf(clock.country, clock.region, 'Malaysia'), clock, person, now: new Date('2026-03-01T00:00:00Z') };
}
const onSarahsClock = (instant: Date) => instantToWallTime(instant, KL);

describe('follow-ups timed for the recruiter they go to', () => {
  // Monday 16 March 2026, 10:00 in London: Eid al-Fitr in Malaysia follows that week.
  const record = interview({ date: '2026-03-16' });
  const chain = buildChain(record, contextFor(record));

  it('puts every follow-up on Sarah’s clock, in her working hours, on Malaysia’s working days', () => {
    for (const followUp of chain) {
      const { date, time } = onSarahsClock(followUp.due);
      expect(followUp.timeZone, followUp.id).toBe(KL);
      expect(followUp.dueWallTime, followUp.id).toEqual({ date, time });
      expect([0, 6], `${followUp.id} on ${date}`).not.toContain(weekdayOf(date));
      expect(holidaysOf('MY', '', 'Malaysia').holidaysOn(date), `${followUp.id} on ${date}`).toEqual([]);
      if (followUp.kind === 'thank-you') expect(time, 'her morning, before her day starts').toBe('08:30');
      else if (followUp.channel === 'call') expect(time >= '10:00' && time <= '16:15', `${followUp.id} at ${time}`).toBe(true);
      else expect(time, `${followUp.id} reaches her as her call window opens`).toBe('10:00');
    }
  });

  it('steps over Hari Raya in Malaysia, saying why', () => {
    const thankYou = chain.find((item) => item.id === 'thank-you')!;
    expect(onSarahsClock(thankYou.due).date).toBe('2026-03-17');
    const checkIn = chain.find((item) => item.id === 'check-in-1')!;
    expect(checkIn.dueWallTime.date).toBe('2026-03-24');
    expect(checkIn.adjustments.join(' ')).toContain('many offices in Malaysia close for Hari Raya Aidilfitri');
  });

  it('keeps the interview itself on Tom’s clock', () => {
    expect(record.timeZone).toBe('Europe/London');
    expect(record.time).toBe('10:00');
  });

  it('names whose clock each time is on in the calendar event', () => {
    const texts: EventTexts = { thankYou: '', checkInEmail: '', call: '', closing: '' };
    const call = chain.find((item) => item.channel === 'call')!;
    const event = followUpEvent(record, call, texts, KL);
    expect(event.description).toContain('Call at Tue, 24 Mar 2026, 10:00 Kuala Lumpur time on Sarah Lim’s clock');
    expect(event.description).toContain('the interview itself was Mon, 16 Mar 2026, 10:00 London time on the interviewer’s clock');
  });
});

describe('follow-ups that go to the interviewers stay on the interview’s clock', () => {
  it('times them in London, as before', () => {
    const record = interview({ followUpsTo: '', date: '2026-03-16' });
    const chain = buildChain(record, { holidays: holidaysOf('GB', 'ENG', 'England'), person, now: new Date('2026-03-01T00:00:00Z') });
    expect(chain.every((item) => item.timeZone === 'Europe/London')).toBe(true);
    expect(chain.find((item) => item.id === 'check-in-1')?.dueWallTime).toEqual({ date: '2026-03-23', time: '10:00' });
  });
});
