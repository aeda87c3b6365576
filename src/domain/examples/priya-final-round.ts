/**
 * What happens next in Priya's story (`priya.ts`), for the guide's pages
 * after "you hear back": the final round she is invited to, as a record of
 * its own whose schedule the planner would build, and the offer that
 * follows it. The guide renders these dates with the planner's functions.
 *
 * Her second check-in (an email, Mon 30 March 2026) brings a reply from Jane
 * the next day: a final round on Tue 14 April at 10:00 in Leeds, with Jane
 * and Ravi Patel, the Finance Director, and a decision "by Friday", 17 April.
 * Jane rings with an offer on Thu 16 April and asks for an answer within a
 * week; Priya asks to have it in writing and answers by Thu 23 April.
 */
import { createInterview, emptyInterviewer, NAME_AS_TYPED } from '../records/defaults';
import type { Interview } from '../records/model';
import { PRIYA_INTERVIEWER_PLACE } from './priya';

/** When Priya planned the final round: the evening of Mon 13 April, the day before it. */
export const PRIYA_FINAL_PLANNED_AT = new Date('2026-04-13T18:00:00Z');

/** The day Jane wrote back to Priya's second check-in, inviting her to a final round. */
export const PRIYA_INVITED_ON = '2026-03-31';

/** The offer: the day Jane rang with it and the day Priya said she would answer by (the week Jane gave). */
export const PRIYA_OFFER = { madeOn: '2026-04-16', answerBy: '2026-04-23' } as const;

/**
 * Priya's final-round interview, a record of its own with a fresh schedule.
 *
 * @example priyaFinalRound().hearBackBy //=> '2026-04-17'
 */
export function priyaFinalRound(): Interview {
  const base = createInterview({ id: 'priya-final', interviewerId: 'jane', now: PRIYA_FINAL_PLANNED_AT, timeZone: 'Europe/London', today: '2026-04-14' });
  return {
    ...base,
    company: 'Acme Logistics',
    role: 'Data Analyst (final round)',
    time: '10:00',
    location: 'Acme Logistics, Leeds',
    interviewers: [
      { ...emptyInterviewer('jane', 'interviewer'), name: 'Jane Tan', title: 'Head of Operations Analytics', email: 'jane.tan@acme.example', phone: '', address: '' },
      { ...emptyInterviewer('ravi', 'interviewer'), name: 'Ravi Patel', title: 'Finance Director', email: 'ravi.patel@acme.example', phone: '', address: '' },
    ],
    interviewerCountry: PRIYA_INTERVIEWER_PLACE.country,
    interviewerRegion: PRIYA_INTERVIEWER_PLACE.region,
    hearBackBy: '2026-04-17',
    thankYouTiming: 'same-day',
    firstCheckIn: 'call',
  };
}
