/**
 * Lists the fields of a stored record that this version's schemas do not
 * know, on the record and on each part a newer version could extend: its
 * contacts, notes, drafts, follow-up states and calendar stamps. The readers
 * build records from known fields only; these are kept beside them
 * (`records/unknown-fields.ts`) and written back with them.
 *
 * Keys that could reach `Object.prototype` are never listed. Only keys are
 * compared, so this costs little next to reading the record.
 */
import type * as v from 'valibot';
import { CalendarStampSchema, DraftSchema, FollowUpStateSchema, InterviewerSchema, InterviewSchema, NotesSchema, ProfileSchema } from '../model';
import type { UnknownField, UnknownFieldPart } from '../unknown-fields';
import { isPlainObject, own, UNSAFE_KEYS } from './fields';

type Entries = Readonly<Record<string, v.GenericSchema>>;

const KEYED_PARTS: readonly ['drafts' | 'followUps' | 'calendar', Entries][] = [
  ['drafts', DraftSchema.entries],
  ['followUps', FollowUpStateSchema.entries],
  ['calendar', CalendarStampSchema.entries],
];

function collect(object: Record<string, unknown>, known: object, part: UnknownFieldPart, entry: string, found: UnknownField[]) {
  for (const key of Object.keys(object)) {
    if (!Object.hasOwn(known, key) && !UNSAFE_KEYS.has(key)) found.push({ part, entry, key, value: object[key] });
  }
}

/**
 * The fields of a stored interview unknown to this version. `known` is the
 * top level's schema entries (version 1's for a version 1 record, whose parts
 * have no fields of their own to keep).
 *
 * @example unknownInterviewFields({ …interview, priority: 'high' }, InterviewSchema.entries) //=> [{ part: '', entry: '', key: 'priority', value: 'high' }]
 */
export function unknownInterviewFields(raw: Record<string, unknown>, known: object = InterviewSchema.entries): UnknownField[] {
  const found: UnknownField[] = [];
  collect(raw, known, '', '', found);
  if (known !== InterviewSchema.entries) return found;
  const people = own(raw, 'interviewers');
  if (Array.isArray(people)) {
    const ids = people.map((person: unknown) => (isPlainObject(person) ? own(person, 'id') : undefined));
    people.forEach((person: unknown, index) => {
      const id = ids[index];
      // A contact without a usable id, or sharing one, gets a new id: its fields would have no place.
      if (!isPlainObject(person) || typeof id !== 'string' || id === '' || ids.indexOf(id) !== ids.lastIndexOf(id)) return;
      collect(person, InterviewerSchema.entries, 'interviewers', id, found);
    });
  }
  const notes = own(raw, 'notes');
  if (isPlainObject(notes)) collect(notes, NotesSchema.entries, 'notes', '', found);
  for (const [part, entries] of KEYED_PARTS) {
    const keyed = own(raw, part);
    if (!isPlainObject(keyed)) continue;
    for (const key of Object.keys(keyed)) {
      const item = keyed[key];
      if (!UNSAFE_KEYS.has(key) && isPlainObject(item)) collect(item, entries, part, key, found);
    }
  }
  return found;
}

/**
 * The fields of a stored profile unknown to this version.
 *
 * @example unknownProfileFields({ schemaVersion: 3, name: 'Ana', pronouns: 'she/her', … }) //=> [{ part: '', entry: '', key: 'pronouns', value: 'she/her' }]
 */
export function unknownProfileFields(raw: Record<string, unknown>, known: object = ProfileSchema.entries): UnknownField[] {
  const found: UnknownField[] = [];
  collect(raw, known, '', '', found);
  return found;
}
