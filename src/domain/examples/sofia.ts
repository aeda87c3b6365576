/**
 * Sofia's interview, the guide's worked example of two clocks: she lives in
 * Manchester, and a manager in Singapore interviewed her by video on Tue 24
 * March 2026 at 16:00 Singapore time. She chose the next-morning thank-you,
 * which reaches the manager just before their day starts and falls in
 * Sofia's night, so she writes it the evening before and schedules it. The
 * guide renders the clocks from this record with the planner's functions:
 * the gap between them changes when the UK moves to summer time, on the
 * last Sunday of March.
 */
import { createInterview, emptyInterviewer, NAME_AS_TYPED } from '../records/defaults';
import type { Interview } from '../records/model';
import type { PersonDay } from '../schedule/person-day';

/** When Sofia planned it: the evening of her interview, 19:00 in Manchester. */
export const SOFIA_PLANNED_AT = new Date('2026-03-24T19:00:00Z');

/** Sofia's own day, in Manchester. */
export const SOFIA_DAY: PersonDay = { timeZone: 'Europe/London', start: '07:30', end: '22:30' };

/** Where the manager works. */
export const SOFIA_INTERVIEWER_PLACE = { country: 'SG', region: '', placeName: 'Singapore' } as const;

/**
 * Sofia's interview record.
 *
 * @example sofiaInterview().timeZone //=> 'Asia/Singapore'
 */
export function sofiaInterview(): Interview {
  const base = createInterview({ id: 'sofia', interviewerId: 'manager', now: SOFIA_PLANNED_AT, timeZone: 'Asia/Singapore', today: '2026-03-24' });
  return {
    ...base,
    company: 'Meridian Payments',
    role: 'Product Analyst',
    time: '16:00',
    format: 'video',
    interviewers: [{ ...emptyInterviewer('manager', 'interviewer'), name: 'Chen Mei Hua', title: 'Head of Product', email: '', phone: '', address: '' }],
    interviewerCountry: SOFIA_INTERVIEWER_PLACE.country,
    thankYouTiming: 'next-morning',
  };
}
