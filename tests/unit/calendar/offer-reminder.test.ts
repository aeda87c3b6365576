import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInterviewCalendar } from '~/domain/calendar/interview-calendar';
import { OFFER_REMINDER_ID, offerReminder } from '~/domain/calendar/offer-reminder';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';

const NOW = new Date('2026-03-10T09:00:00Z');
const offer: Interview = {
  ...createInterview({ id: 'int-1', interviewerId: 'p1', now: NOW, timeZone: 'Europe/London', today: '2026-03-03' }),
  company: 'Acme Logistics',
  outcome: 'offer',
  answerBy: '2026-03-20',
};
const KL = 'Asia/Kuala_Lumpur';

describe('offerReminder', () => {
  it('reminds the person at 09:00 on their own clock the day before they said they would answer', () => {
    const event = offerReminder(offer, KL, NOW, 'https://nudge.example/planner/')!;
    expect(event.start.toISOString()).toBe('2026-03-19T01:00:00.000Z');
    expect(event.title).toBe('Answer the offer from Acme Logistics by tomorrow');
    expect(event.followUpId).toBe(OFFER_REMINDER_ID);
    expect(event.url).toBe('https://nudge.example/planner/?interview=int-1&step=outcome');
    expect(event.description).toContain('by 2026-03-20');
  });

  it.each([
    ['while still waiting to hear', { outcome: 'waiting' as const }],
    ['with no answer-by date', { answerBy: '' }],
    ['with a date that does not exist', { answerBy: '2026-02-30' }],
  ])('gives none %s', (_case, change) => {
    expect(offerReminder({ ...offer, ...change }, KL, NOW)).toBeUndefined();
  });

  it('gives none once its morning has passed', () => {
    expect(offerReminder(offer, KL, new Date('2026-03-19T02:00:00Z'))).toBeUndefined();
  });

  it('keeps a pasted company name from crowding out what to do', () => {
    expect(offerReminder({ ...offer, company: 'A'.repeat(5000) }, KL, NOW)!.title.length).toBeLessThanOrEqual(200);
  });

  it('goes into the calendar file as an event of its own, read back by ical.js, and is cancelled once the answer-by date is cleared', async () => {
    const first = await buildInterviewCalendar(offer, [offerReminder(offer, KL, NOW)!], [], NOW);
    if (!first.ok) throw new Error(first.error);
    const [event] = new ICAL.Component(ICAL.parse(first.text)).getAllSubcomponents('vevent');
    expect(event!.getFirstPropertyValue('summary')).toBe('Answer the offer from Acme Logistics by tomorrow');
    const cleared = { ...offer, answerBy: '', calendar: first.stamps };
    const second = await buildInterviewCalendar(cleared, [], [], NOW);
    if (!second.ok) throw new Error(second.error);
    const [cancelled] = new ICAL.Component(ICAL.parse(second.text)).getAllSubcomponents('vevent');
    expect(cancelled!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.getFirstPropertyValue('summary')).toBe('Cancelled: Answer the offer from Acme Logistics by tomorrow');
  });
});
