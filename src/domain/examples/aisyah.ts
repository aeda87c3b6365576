/**
 * Aisyah's interview, the guide's worked example of a search through a
 * recruitment agency. Priya (`priya.ts`) deals with the employer herself;
 * Aisyah's follow-ups all go to her consultant, as the agencies page teaches,
 * and the guide renders her dates from this record with the planner's own
 * functions, so the two cannot disagree.
 *
 * Nur Aisyah binti Rahman lives in Kuala Lumpur. Sarah Goh, a consultant at a
 * Singapore agency, put her forward for a Supply Chain Analyst role at
 * Harbourline Shipping in Singapore. On Tue 19 May 2026 at 14:00 Singapore
 * time she had a video interview with Lim Wei Jie, the Operations Director
 * (Lim is his family name: "Mr Lim"). The client told Sarah it would decide
 * "by the end of next week", Fri 29 May. Her thank-you goes to Sarah that
 * evening. Singapore and Kuala Lumpur keep the same clock.
 */
import { createInterview, emptyInterviewer } from '../records/defaults';
import type { Interview } from '../records/model';
import type { PersonDay } from '../schedule/person-day';

/** When Aisyah planned it: the afternoon of her interview, after her call to Sarah (16:00 in Singapore). */
export const AISYAH_PLANNED_AT = new Date('2026-05-19T08:00:00Z');

/** Aisyah's own day, in Kuala Lumpur. */
export const AISYAH_DAY: PersonDay = { timeZone: 'Asia/Kuala_Lumpur', start: '08:00', end: '22:00' };

/** Where her consultant and the client work: Singapore's public holidays. */
export const AISYAH_FOLLOW_UP_PLACE = { country: 'SG', region: '', placeName: 'Singapore' } as const;

/**
 * Aisyah's interview record: the client's interviewer and her consultant,
 * with every follow-up going to the consultant.
 *
 * @example aisyahInterview().followUpsTo //=> 'sarah'
 */
export function aisyahInterview(): Interview {
  const base = createInterview({ id: 'aisyah', interviewerId: 'wei-jie', now: AISYAH_PLANNED_AT, timeZone: 'Asia/Singapore', today: '2026-05-19' });
  return {
    ...base,
    company: 'Harbourline Shipping',
    role: 'Supply Chain Analyst',
    time: '14:00',
    format: 'video',
    interviewers: [
      { ...emptyInterviewer('wei-jie', 'interviewer'), name: 'Lim Wei Jie', givenName: 'Wei Jie', familyName: 'Lim', familyNameFirst: true, honorific: 'Mr', title: 'Operations Director', email: '', phone: '', address: '' },
      { ...emptyInterviewer('sarah', 'recruiter'), name: 'Sarah Goh', title: 'Senior Consultant', email: 'sarah.goh@straits-talent.example', phone: '+65 6123 4567', address: '' },
    ],
    followUpsTo: 'sarah',
    interviewerCountry: AISYAH_FOLLOW_UP_PLACE.country,
    hearBackBy: '2026-05-29',
    thankYouTiming: 'same-day',
    firstCheckIn: 'call',
  };
}
