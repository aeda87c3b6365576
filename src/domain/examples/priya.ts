/**
 * Priya's interview, the guide's worked example, as a record the planner
 * could hold. The guide renders her dates and schedule from it at build time
 * with the same functions the planner runs (`src/components/Fact.astro`,
 * `ExampleSchedule.astro`), so the two cannot disagree. She deals with the
 * employer herself; the agency story is Aisyah's (`aisyah.ts`).
 *
 * Tue 3 March 2026, 16:00 in London, with Jane Tan (Acme Logistics), who said
 * Priya would hear "by the end of next week"; at the first check-in Jane said
 * "by the end of next week" again. Priya sends her thank-you the next morning.
 */
import { createInterview, NAME_AS_TYPED } from '../records/defaults';
import type { Interview } from '../records/model';
import type { PersonDay } from '../schedule/person-day';

/** When Priya planned it: the evening of her interview. */
export const PRIYA_PLANNED_AT = new Date('2026-03-03T18:00:00Z');

/** Priya's own day, in London. */
export const PRIYA_DAY: PersonDay = { timeZone: 'Europe/London', start: '08:00', end: '21:00' };

/** Where Jane works: her public holidays are England's. */
export const PRIYA_INTERVIEWER_PLACE = { country: 'GB', region: 'ENG', placeName: 'England' } as const;

/**
 * Priya's interview record.
 *
 * @example priyaInterview().hearBackBy //=> '2026-03-13'
 */
export function priyaInterview(): Interview {
  const base = createInterview({ id: 'priya', interviewerId: 'jane', now: PRIYA_PLANNED_AT, timeZone: 'Europe/London', today: '2026-03-03' });
  return {
    ...base,
    company: 'Acme Logistics',
    role: 'Data Analyst',
    time: '16:00',
    interviewers: [{ id: 'jane', contactRole: 'interviewer', name: 'Jane Tan', title: 'Head of Operations Analytics', email: 'jane.tan@acme.example', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED }],
    interviewerCountry: PRIYA_INTERVIEWER_PLACE.country,
    interviewerRegion: PRIYA_INTERVIEWER_PLACE.region,
    hearBackBy: '2026-03-13',
    thankYouTiming: 'next-morning',
    firstCheckIn: 'call',
    // At her first check-in Jane gave a new date: "the end of next week".
    followUps: { 'check-in-1': { status: 'done', saidBy: '2026-03-27' } },
  };
}
