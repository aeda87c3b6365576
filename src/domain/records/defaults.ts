/**
 * The saved data's constants and the factories for new, empty records.
 * Their shapes are defined by the schemas in `model.ts`; this module has no
 * runtime dependency on them, so creating a record needs no schema code.
 */
import type { EmailKind, Interview, Interviewer, Notes, Profile } from './model';

/** The version of the record shapes in model.ts. Raise it with a migration in `records/migrate/`. */
export const SCHEMA_VERSION = 2;

/** How the interview took place. */
export const FORMATS = ['in-person', 'video', 'phone'] as const;
/** Where things stand; anything but `waiting` stops the follow-up schedule. */
export const OUTCOMES = ['waiting', 'next-round', 'offer', 'rejected', 'withdrawn'] as const;
/** The two views on when to send the thank-you email (the guide explains both). */
export const THANK_YOU_TIMINGS = ['same-day', 'next-morning'] as const;
/** How a check-in is made. */
export const CHANNELS = ['call', 'email'] as const;
/** The two emails the composer drafts. */
export const EMAIL_KINDS = ['thank-you', 'check-in'] as const;
/** What can happen to a scheduled follow-up. */
export const FOLLOW_UP_STATUSES = ['pending', 'done', 'skipped'] as const;

/** Default number of check-ins before Nudge suggests a closing note (the user can change it). */
export const DEFAULT_CHECK_IN_LIMIT = 5;
/** Smallest and largest number of check-ins a person can choose. */
export const CHECK_IN_LIMIT_RANGE = { min: 1, max: 10 } as const;
/** When the interviewer's working day starts, unless the person says otherwise. */
export const DEFAULT_WORKDAY_START = '09:00';

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

/** A blank interviewer card with the given id. */
export function emptyInterviewer(id: string): Interviewer {
  return { id, name: '', title: '', email: '', phone: '', address: '' };
}

/** An empty profile. */
export function emptyProfile(): Profile {
  return { schemaVersion: SCHEMA_VERSION, name: '', email: '', mobile: '' };
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
    interviewers: [emptyInterviewer(input.interviewerId)],
    timeZone: input.timeZone,
    workdayStart: DEFAULT_WORKDAY_START,
    hearBackBy: '',
    outcome: 'waiting',
    thankYouTiming: 'same-day',
    firstCheckIn: 'call',
    checkInLimit: DEFAULT_CHECK_IN_LIMIT,
    notes: emptyNotes(),
    drafts: {},
    followUps: {},
    calendar: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}
