/**
 * The factories for new, empty records, filled with the defaults in
 * `constants.ts`. Their shapes are defined by the schemas in `model.ts`; this
 * module imports only their types, so creating a record needs no schema code
 * (and no valibot): the planner's first screen does it.
 */
import { DEFAULT_CHECK_IN_LIMIT, DEFAULT_DAY, DEFAULT_WORKDAY_END, DEFAULT_WORKDAY_START, SCHEMA_VERSION } from './constants';
import type { EmailKind, Interview, Interviewer, Notes, Profile } from './model';

/**
 * The key of a draft in `Interview.drafts`: one draft per kind and interviewer.
 *
 * @example draftKey('thank-you', 'i1') //=> 'thank-you:i1'
 */
export function draftKey(kind: EmailKind, interviewerId: string): string {
  return `${kind}:${interviewerId}`;
}

/** An empty notes checklist. */
export function emptyNotes(): Notes {
  return {
    askedForCard: false,
    checkedSpelling: false,
    askedWhenToHear: false,
    proposedDate: false,
    learned: '',
    wentWell: '',
    elaborate: '',
    points: [],
    openQuestions: '',
  };
}

/**
 * A contact's name fields when only their name is known (typed in one
 * field): no parts, greeted by the custom of their country.
 *
 * @example { ...jane, ...NAME_AS_TYPED }.salutation //=> 'auto'
 */
export const NAME_AS_TYPED = { givenName: '', familyName: '', familyNameFirst: false, honorific: '', salutation: 'auto', greetAs: '' } as const satisfies Partial<Interviewer>;

/** A blank contact card with the given id, for someone who interviewed you unless `contactRole` says otherwise. */
export function emptyInterviewer(id: string, contactRole: Interviewer['contactRole'] = 'interviewer'): Interviewer {
  return { id, contactRole, name: '', title: '', email: '', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED };
}

/** An empty profile. */
export function emptyProfile(): Profile {
  return { schemaVersion: SCHEMA_VERSION, name: '', email: '', mobile: '', dayStart: DEFAULT_DAY.start, dayEnd: DEFAULT_DAY.end };
}

/**
 * A new interview with sensible defaults: today's date, one blank interviewer,
 * the given time zone (usually the browser's), waiting for news.
 *
 * @example createInterview({ id: 'a', interviewerId: 'b', now: new Date('2026-03-02T10:00:00Z'), timeZone: 'Europe/London', today: '2026-03-02' }).date //=> '2026-03-02'
 */
export function createInterview(input: {
  id: string;
  interviewerId: string;
  now: Date;
  timeZone: string;
  /** Today's date in `timeZone`, `YYYY-MM-DD`. */
  today: string;
}): Interview {
  const stamp = input.now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    company: '',
    role: '',
    date: input.today,
    time: '',
    format: 'in-person',
    location: '',
    videoLink: '',
    interviewers: [emptyInterviewer(input.interviewerId)],
    followUpsTo: '',
    timeZone: input.timeZone,
    workdayStart: DEFAULT_WORKDAY_START,
    workdayEnd: DEFAULT_WORKDAY_END,
    interviewerCountry: '',
    interviewerRegion: '',
    hearBackBy: '',
    outcome: 'waiting',
    answerBy: '',
    applicationId: '',
    round: 1,
    thankYouTiming: 'same-day',
    firstCheckIn: 'call',
    checkInLimit: DEFAULT_CHECK_IN_LIMIT,
    checkInAfterWeeks: 1,
    notes: emptyNotes(),
    drafts: {},
    followUps: {},
    calendar: {},
    invitationUid: '',
    invitationSequence: 0,
    invitationOrganizer: '',
    cancelledAt: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
}
