/**
 * The saved data: what Nudge keeps in the browser, as valibot schemas.
 * The schemas are the source of truth; the types below are derived from them.
 *
 * Fields hold text exactly as the person typed it, even when it is not yet
 * valid (a half-typed email address, a date in the past): checking is done by
 * `records/validate/` and shown next to the field, so a validation error never
 * throws away what someone wrote. Dates and times are wall-clock strings in
 * the interviewer's time zone (`timeZone`); instants are computed from them
 * when needed (see `schedule/schedule.ts`).
 *
 * Each record carries `schemaVersion`; `records/migrate/migrate.ts` turns any
 * older or damaged record into this shape.
 */
import * as v from 'valibot';
// The constants live in constants.ts and the new-record factories in
// defaults.ts; neither imports this module at run time, so the planner's first
// screen creates records without loading the schemas (and valibot). Import
// them from there: this module does not re-export them.
import { CHECK_IN_AFTER_WEEKS, EMAIL_KINDS, MAX_ROUND, SCHEMA_VERSION } from './constants';
import { CHANNELS, CONTACT_CLOCK_SOURCES, CONTACT_ROLES, FOLLOW_UP_STATUSES, FORMATS, OUTCOMES, THANK_YOU_TIMINGS } from './choices';
import { SALUTATIONS } from './forms-of-address';

/**
 * One contact for an interview, as written on their card: usually someone who
 * interviewed you, or the coordinator or agency recruiter who arranged it
 * (`contactRole`). Kept in `Interview.interviewers` for every role.
 */
export const InterviewerSchema = v.object({
  id: v.string(),
  /** Who they are to you; the drafts and call script are worded for it. Default `interviewer`. */
  contactRole: v.picklist(CONTACT_ROLES),
  /** Exactly as spelled on their card. */
  name: v.string(),
  /** Job title ("designation" on some cards). */
  title: v.string(),
  email: v.string(),
  /** Their direct line. */
  phone: v.string(),
  /** Postal address, several lines allowed. */
  address: v.string(),
  /** Web pages about them (a LinkedIn profile, their page on the company site), as read from their card's QR code or typed. */
  links: v.array(v.string()),
  /**
   * The IANA zone of their clock, e.g. `Asia/Kuala_Lumpur`; `''` while none is
   * stored, and then worked out each time (`schedule/recipient-clock.ts`).
   * Default `''`.
   */
  timeZone: v.string(),
  /** Where `timeZone` came from (`CONTACT_CLOCK_SOURCES`). Default `''`. */
  timeZoneFrom: v.picklist(CONTACT_CLOCK_SOURCES),
  /** ISO 3166 code of the country whose weekend and holidays they keep, e.g. `MY`; `''` while none is stored. Default `''`. */
  country: v.string(),
  /** Where `country` came from (`CONTACT_CLOCK_SOURCES`). Default `''`. */
  countryFrom: v.picklist(CONTACT_CLOCK_SOURCES),
  /** Their given name, as on their card (vCard N) or typed: "Mei Ling". Default `''`: not known (worked out from `name` only where safe, `messages/name-parts.ts`). */
  givenName: v.string(),
  /** Their family name, as on their card or typed: "Tan". Default `''`. */
  familyName: v.string(),
  /** Whether their name is written family name first, as "Tan Mei Ling". Default `false`. */
  familyNameFirst: v.boolean(),
  /** A title to greet them by (Ms, Mr, Dr, Prof, Puan…), from the card's prefix or typed. Default `''`. */
  honorific: v.string(),
  /** How the emails greet them (`SALUTATIONS`); `auto` follows the custom of their country (`messages/salutation.ts`). Default `auto`. */
  salutation: v.picklist(SALUTATIONS),
  /** With `salutation: 'own'`, the words after "Dear" ("Puan Siti"). Default `''`. */
  greetAs: v.string(),
});

/** The notes checklist: what you did in the room and what you noted after. */
export const NotesSchema = v.object({
  askedForCard: v.boolean(),
  checkedSpelling: v.boolean(),
  askedWhenToHear: v.boolean(),
  /** Ticked when they gave no date and you proposed one a week or two out. */
  proposedDate: v.boolean(),
  learned: v.string(),
  wentWell: v.string(),
  elaborate: v.string(),
  /** Specific points discussed, one per entry; the composer offers them to mention. */
  points: v.array(v.string()),
  openQuestions: v.string(),
});

/** A saved email draft. Keyed in `Interview.drafts` by `draftKey(kind, interviewerId)`. */
export const DraftSchema = v.object({
  subject: v.string(),
  body: v.string(),
  /** ISO instant of the last edit. */
  updatedAt: v.string(),
});

/** What the person did with one scheduled follow-up. Keyed by the follow-up's id. */
export const FollowUpStateSchema = v.object({
  status: v.picklist(FOLLOW_UP_STATUSES),
  /** A new wall-clock time `YYYY-MM-DDTHH:mm` in the interviewer's zone, when moved. */
  movedTo: v.optional(v.string()),
  /**
   * "They said: by …": the `YYYY-MM-DD` the interviewer gave on a check-in
   * marked done, `''` when none. The next check-in moves to the first working
   * day after it.
   */
  saidBy: v.string(),
});

/** What was last written to a calendar file for one event, so a re-import updates it. */
export const CalendarStampSchema = v.object({
  /** A digest of the event's content when it was last exported. */
  fingerprint: v.string(),
  /** RFC 5545 SEQUENCE: rises by one each time the event changes. */
  sequence: v.number(),
  /** The event's title when last exported, so it can be cancelled once its follow-up is gone. `''` before this was kept. */
  title: v.string(),
  /** Its start, an ISO instant, for the same reason. `''` before this was kept. */
  start: v.string(),
});

/** One interview and everything Nudge keeps about it. Stored under `interview:<id>`. */
export const InterviewSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: v.string(),
  company: v.string(),
  role: v.string(),
  /** `YYYY-MM-DD`, in the interviewer's time zone. */
  date: v.string(),
  /** `HH:mm` start time, in the interviewer's time zone. */
  time: v.string(),
  format: v.picklist(FORMATS),
  /** Where it took place, for an interview in person: the street address, several lines allowed. Default `''`. */
  location: v.string(),
  /** The link to join a video call (Teams, Zoom, Google Meet, Webex…). Default `''`. */
  videoLink: v.string(),
  interviewers: v.array(InterviewerSchema),
  /**
   * The id of the contact every follow-up goes to (a recruiter, a coordinator),
   * or `''` for the interviewers themselves. Default `''`; an id no contact has
   * counts as `''` (see `records/contacts.ts`).
   */
  followUpsTo: v.string(),
  /** IANA zone of the interviewer, e.g. `Asia/Singapore`. Default: the browser's. */
  timeZone: v.string(),
  /** `HH:mm` when the interviewer's working day starts. Default 09:00. */
  workdayStart: v.string(),
  /** `HH:mm` when the interviewer's working day ends. Default 17:30. */
  workdayEnd: v.string(),
  /** ISO 3166 code of the country whose public holidays apply, e.g. `SG`; `''` to follow the time zone. */
  interviewerCountry: v.string(),
  /** Region code within that country, e.g. `SCT` for Scotland; `''` for the whole country. */
  interviewerRegion: v.string(),
  /** `YYYY-MM-DD` they said you would hear back by, or `''` when they gave none. */
  hearBackBy: v.string(),
  outcome: v.picklist(OUTCOMES),
  /** `YYYY-MM-DD` the person will answer an offer by, on their own calendar; `''` when not set. Default `''`. */
  answerBy: v.string(),
  /**
   * The id shared by every round of one application: the first round's
   * interview id; `''` for an interview that is its own first round. Default `''`.
   */
  applicationId: v.pipe(v.string(), v.regex(/^(?:[A-Za-z0-9_-]{1,64})?$/)),
  /** Which round of the application this interview is: a whole number, 1 (default) to `MAX_ROUND`. */
  round: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ROUND)),
  thankYouTiming: v.picklist(THANK_YOU_TIMINGS),
  /** Channel of the first check-in; later ones alternate. */
  firstCheckIn: v.picklist(CHANNELS),
  /** How many check-ins before the closing note, 1 to 6. Default 3. */
  checkInLimit: v.number(),
  /** With no hear-back date, the first check-in is this many weeks after the interview: 1 (default) or 2. */
  checkInAfterWeeks: v.picklist(CHECK_IN_AFTER_WEEKS),
  notes: NotesSchema,
  drafts: v.record(v.string(), DraftSchema),
  followUps: v.record(v.string(), FollowUpStateSchema),
  calendar: v.record(v.string(), CalendarStampSchema),
  /**
   * The UID of the invitation this interview was read from (RFC 5545), `''`
   * when it was typed in: an update or a cancellation with the same UID
   * changes this interview rather than making another. Default `''`.
   */
  invitationUid: v.string(),
  /** The SEQUENCE of the invitation last read for it: a higher one is a newer version. Default `0`. */
  invitationSequence: v.number(),
  /** The organiser's email of that invitation, lower case: only they can update or cancel it. Default `''`. */
  invitationOrganizer: v.string(),
  /** ISO instant the interview was cancelled (their invitation was withdrawn), `''` while it is on: follow-ups stop. Default `''`. */
  cancelledAt: v.string(),
  /** ISO instants. */
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** You: stored once, used to sign every email. Stored under `profile`. */
export const ProfileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  name: v.string(),
  email: v.string(),
  mobile: v.string(),
  /** `HH:mm` on your own clock (the browser's zone) when your day starts: no call or reminder before it. Default 08:00. */
  dayStart: v.string(),
  /** `HH:mm` when your day ends: no call or reminder after it. Default 21:00. */
  dayEnd: v.string(),
});

export type Interviewer = v.InferOutput<typeof InterviewerSchema>;
export type Notes = v.InferOutput<typeof NotesSchema>;
export type Draft = v.InferOutput<typeof DraftSchema>;
export type FollowUpState = v.InferOutput<typeof FollowUpStateSchema>;
export type CalendarStamp = v.InferOutput<typeof CalendarStampSchema>;
export type Interview = v.InferOutput<typeof InterviewSchema>;
export type Profile = v.InferOutput<typeof ProfileSchema>;
export type InterviewFormat = (typeof FORMATS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type ThankYouTiming = (typeof THANK_YOU_TIMINGS)[number];
export type Channel = (typeof CHANNELS)[number];
export type EmailKind = (typeof EMAIL_KINDS)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type ContactClockSource = (typeof CONTACT_CLOCK_SOURCES)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

