/**
 * "Add the next round": a new interview for the next round of the same
 * application, with what stays the same copied (company, role, the contacts
 * and their roles, who the follow-ups go to, the interviewer's clock, place
 * and working day, how the follow-ups are paced) and what belongs to one
 * round left fresh (the date and time, notes, drafts, follow-ups, calendar,
 * outcome). Both rounds carry the application's id, so the list can show
 * them together and each keeps its own thank-you and schedule.
 */
import { MAX_ROUND } from './constants';
import { createInterview } from './defaults';
import type { Interview } from './model';

/** The new round, or why there is none. */
export type NextRound = { ok: true; interview: Interview } | { ok: false; reason: string };

// As `InterviewSchema.applicationId` accepts: a record id, never text typed by a person.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The next round after `source`, as a new interview with id `id`, made at
 * `now` with `today` as its date until the person types the real one. Its
 * input is not changed; the contacts are copies.
 *
 * @example nextRoundOf(firstRound, { id: 'r2', now, today: '2026-03-10' }).interview //=> { id: 'r2', applicationId: firstRound.id, round: 2, company: 'Acme', … }
 */
export function nextRoundOf(source: Interview, input: { id: string; now: Date; today: string }): NextRound {
  const applicationId = source.applicationId || source.id;
  if (!ID.test(applicationId)) return { ok: false, reason: 'This interview cannot be linked to a next round: its record id is not one Nudge made.' };
  if (source.round >= MAX_ROUND) return { ok: false, reason: `This application already has ${MAX_ROUND} rounds, the most Nudge keeps. Add the next one as a new interview.` };
  const fresh = createInterview({ id: input.id, interviewerId: '', now: input.now, timeZone: source.timeZone, today: input.today });
  return {
    ok: true,
    interview: {
      ...fresh,
      company: source.company,
      role: source.role,
      format: source.format,
      location: source.location,
      videoLink: source.videoLink,
      interviewers: source.interviewers.map((person) => ({ ...person, links: [...person.links] })),
      followUpsTo: source.followUpsTo,
      workdayStart: source.workdayStart,
      workdayEnd: source.workdayEnd,
      interviewerCountry: source.interviewerCountry,
      interviewerRegion: source.interviewerRegion,
      thankYouTiming: source.thankYouTiming,
      firstCheckIn: source.firstCheckIn,
      checkInLimit: source.checkInLimit,
      checkInAfterWeeks: source.checkInAfterWeeks,
      applicationId,
      round: source.round + 1,
    },
  };
}
