/**
 * Schema version 3: the migration from version 2, and the one place where a
 * field added in version 3 gets its value in a record saved before it existed,
 * and its repair when a stored value is damaged.
 *
 * Version 3 is version 2 with the fields in the tables below. A version 2
 * record is carried over whole (every field as it was, after version 2's own
 * repairs), then each table's fields are read from the stored record: a
 * missing one takes its `before` value (or, without one, what a new record
 * gets from `defaults.ts`), unlogged, as the record is older, not damaged; a
 * damaged one is repaired and logged. A version 3 record takes the same road
 * when it is not read in one pass, so the tables also repair version 3 records.
 *
 * To add a stored field (records/migrate/README.md says it step by step): its
 * schema line in `model.ts`, its value for new records in `defaults.ts`, and
 * one entry in the table of its part here.
 */
import { MAX_ROUND, SCHEMA_VERSION } from '../constants';
import { CONTACT_CLOCK_SOURCES } from '../choices';
import { createInterview, emptyInterviewer, emptyProfile } from '../defaults';
import { InterviewerSchema, InterviewSchema, ProfileSchema, type Interview, type Interviewer, type Profile } from '../model';
import { readAddedFields, type AddedFields } from './added-fields';
import { isPlainObject, own, repairChoice, repairText, repairWholeNumber, setTo } from './fields';
import type { MigrateContext } from './context';

/**
 * Fields of the interview added in version 3, by key: `{ before?, repair? }`
 * (`added-fields.ts`). Example entry: `answerBy: { before: '' }`.
 */
export const V3_INTERVIEW_FIELDS = {
  // Where it was read from (issue 18): nothing, for an interview saved before; it was not cancelled.
  invitationUid: { before: '' },
  invitationSequence: { before: 0, repair: repairWholeNumber(0, Number.MAX_SAFE_INTEGER, 0) },
  invitationOrganizer: { before: '' },
  cancelledAt: { before: '' },
  answerBy: { repair: repairText },
  applicationId: { repair: setTo('') },
  round: { repair: repairWholeNumber(1, MAX_ROUND, 1) },
} satisfies AddedFields<Interview>;

/** Fields of each contact (`Interview.interviewers`) added in version 3, as above. */
export const V3_CONTACT_FIELDS = {
  // A contact's clock (issue 18): nothing stored, so it is worked out from their number or the interview.
  timeZone: { before: '' },
  timeZoneFrom: { before: '', repair: repairChoice(CONTACT_CLOCK_SOURCES, '') },
  country: { before: '' },
  countryFrom: { before: '', repair: repairChoice(CONTACT_CLOCK_SOURCES, '') },
  // A contact's name in parts and how the emails greet them (issue 20): an older contact's name was typed in one field.
  givenName: {},
  familyName: {},
  familyNameFirst: {},
  honorific: {},
  salutation: {},
  greetAs: {},
} satisfies AddedFields<Interviewer>;

/** Fields of the profile added in version 3, as above. */
export const V3_PROFILE_FIELDS = {} satisfies AddedFields<Profile>;

/** A contact as version 2 stored it: a version 3 contact without the fields added in 3. */
export type InterviewerV2 = Omit<Interviewer, keyof typeof V3_CONTACT_FIELDS>;

/** An interview as version 2 stored it. */
export type InterviewV2 = Omit<Interview, 'schemaVersion' | 'interviewers' | keyof typeof V3_INTERVIEW_FIELDS> & {
  schemaVersion: 2;
  interviewers: InterviewerV2[];
};

/** A profile as version 2 stored it. */
export type ProfileV2 = Omit<Profile, 'schemaVersion' | keyof typeof V3_PROFILE_FIELDS> & { schemaVersion: 2 };

/**
 * A version 2 interview (already repaired as version 2) → version 3: every
 * field carried over as it is, and the fields added in version 3 read from
 * `raw`, the stored record, on the interview and on each contact (matched by id).
 *
 * @example interviewFromV2(v2, raw, context, log) //=> { ...v2, schemaVersion: 3 }
 */
export function interviewFromV2(old: InterviewV2, raw: Record<string, unknown>, context: MigrateContext, log: string[]): Interview {
  const fresh = createInterview({ id: old.id, interviewerId: '', now: context.now, timeZone: context.timeZone, today: old.date });
  const freshContact = emptyInterviewer('');
  const storedContacts = contactsById(own(raw, 'interviewers'));
  return {
    ...old,
    schemaVersion: SCHEMA_VERSION,
    ...readAddedFields(raw, V3_INTERVIEW_FIELDS, InterviewSchema.entries, fresh, log),
    interviewers: old.interviewers.map((person, index) => ({
      ...person,
      ...readAddedFields(storedContacts.get(person.id) ?? {}, V3_CONTACT_FIELDS, InterviewerSchema.entries, freshContact, log, `interviewers.${index}.`),
    })),
  };
}

/**
 * A version 2 profile (already repaired as version 2) → version 3.
 *
 * @example profileFromV2({ schemaVersion: 2, name: 'Ana', … }, raw, log) //=> { schemaVersion: 3, name: 'Ana', … }
 */
export function profileFromV2(old: ProfileV2, raw: Record<string, unknown>, log: string[]): Profile {
  return { ...old, schemaVersion: SCHEMA_VERSION, ...readAddedFields(raw, V3_PROFILE_FIELDS, ProfileSchema.entries, emptyProfile(), log) };
}

// The stored contacts by id, as version 2's repair keeps them; a contact whose id is used twice
// is left out (its copy got a new id), so no contact is given another's fields.
function contactsById(value: unknown): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const twice = new Set<string>();
  for (const person of Array.isArray(value) ? value : isPlainObject(value) ? [value] : []) {
    if (!isPlainObject(person)) continue;
    const id = own(person, 'id');
    if (!(typeof id === 'string' && id !== '') && !(typeof id === 'number' && Number.isFinite(id))) continue;
    const key = String(id);
    if (found.has(key)) twice.add(key);
    found.set(key, person);
  }
  for (const key of twice) found.delete(key);
  return found;
}
