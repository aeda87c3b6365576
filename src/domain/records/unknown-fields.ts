/**
 * Fields this version of Nudge does not know, kept beside a record so that
 * writing the record never drops them (after Excalidraw, whose `restore` keeps
 * what it does not understand). A newer copy of Nudge may have added a field
 * to an interview, a contact, the notes, a draft, a follow-up or a calendar
 * stamp; a tab running this code carries it through read, edit, save, export
 * and import untouched.
 *
 * The schemas (`model.ts`) strip what they do not know, and the planner's
 * store holds only what they parse, so the fields are kept apart: migration
 * lists them (`migrate/unknown-fields.ts`), storage remembers them per record,
 * and `withUnknownFields` lays them back onto whatever is written. It needs no
 * schema: the list says where each field sits.
 */
import { setIn, type Path } from './patch';

/** The parts of a record an unknown field can sit in: the record itself, its notes, a contact, or an entry of a keyed part. */
export type UnknownFieldPart = '' | 'notes' | 'interviewers' | 'drafts' | 'followUps' | 'calendar';

/** One field this version does not know, and where it sits. */
export interface UnknownField {
  part: UnknownFieldPart;
  /** Which contact (its id) or keyed entry (its key); `''` for the record itself and its notes. */
  entry: string;
  key: string;
  value: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path to the object in `record` that holds fields of `field`'s place, if that object is there. */
function placeOf(record: unknown, field: UnknownField): Path | undefined {
  if (!isObject(record)) return undefined;
  if (field.part === '') return [];
  const part = Object.hasOwn(record, field.part) ? record[field.part] : undefined;
  if (field.part === 'notes') return isObject(part) ? ['notes'] : undefined;
  if (field.part === 'interviewers') {
    const index = Array.isArray(part) ? part.findIndex((person) => isObject(person) && person.id === field.entry) : -1;
    return index >= 0 ? ['interviewers', index] : undefined;
  }
  return isObject(part) && Object.hasOwn(part, field.entry) && isObject(part[field.entry]) ? [field.part, field.entry] : undefined;
}

function objectAt(record: unknown, path: Path): Record<string, unknown> {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], record) as Record<string, unknown>;
}

/**
 * `record` with each of `fields` put back where it is missing. A field whose
 * place is gone (its contact removed, its draft deleted) is left out, and a
 * field the record already holds is never overwritten.
 *
 * With `stored` (the copy in storage that a write replaces), each field takes
 * its value from there, and one that `stored` no longer holds in a place that
 * is still there is left out: another tab changed or removed it meanwhile.
 * Inputs are not changed; only the objects on the way to a field are copied.
 *
 * @example withUnknownFields({ id: 'a', company: 'Acme' }, [{ part: '', entry: '', key: 'priority', value: 'high' }]) //=> { id: 'a', company: 'Acme', priority: 'high' }
 */
export function withUnknownFields<T>(record: T, fields: readonly UnknownField[] | undefined, stored?: unknown): T {
  if (!fields || fields.length === 0) return record;
  let result = record;
  for (const field of fields) {
    const path = placeOf(result, field);
    if (!path || Object.hasOwn(objectAt(result, path), field.key)) continue;
    let value = field.value;
    const storedPath = stored === undefined ? undefined : placeOf(stored, field);
    if (storedPath) {
      const holder = objectAt(stored, storedPath);
      if (!Object.hasOwn(holder, field.key)) continue;
      value = holder[field.key];
    }
    result = setIn(result, [...path, field.key], value);
  }
  return result;
}
