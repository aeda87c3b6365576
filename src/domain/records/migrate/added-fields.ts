/**
 * Fields added to a record in a later schema version, read from a stored
 * record that may predate them. A table names each added field with what an
 * older record gets and how a damaged value is repaired; `readAddedFields`
 * reads every field of the table in one go, so adding a field to a version's
 * migration is one entry in its table (`version-3.ts`).
 */
import type * as v from 'valibot';
import { describe, field, own, type Repair } from './fields';

/** How one added field is read from a stored record. */
export interface AddedField<T> {
  /**
   * What a record saved before the field existed gets: a value, or a function
   * of the stored record (for a default taken from another of its fields).
   * Missing: what a new record gets (`defaults.ts`).
   */
  before?: T | ((raw: Record<string, unknown>) => T);
  /** What a stored value the schema refuses becomes (the repair is logged). Missing: `before`. */
  repair?: Repair<T>;
}

/** An `AddedField` for each of some keys of `Shape`. */
export type AddedFields<Shape> = { [Key in keyof Shape]?: AddedField<Shape[Key]> };

/** What `readAddedFields` returns for a table: one value per key of the table. */
export type AddedValues<Shape, Table> = { [Key in keyof Table & keyof Shape]: Shape[Key] };

/**
 * Reads each field of `table` from `raw`: a value its schema (`entries[key]`)
 * accepts is kept (as the schema's fresh copy); a missing one quietly takes
 * `before` (the record is older, not damaged); any other is repaired and logged.
 *
 * @example readAddedFields({ timeZone: 7 }, { timeZone: { before: '' } }, { timeZone: v.string() }, { timeZone: 'UTC' }, log) //=> { timeZone: '' }, log: ['timeZone was 7; set to ']
 */
export function readAddedFields<Shape, Table extends AddedFields<Shape>>(
  raw: Record<string, unknown>,
  table: Table,
  entries: { readonly [Key in keyof Shape]?: v.GenericSchema<unknown, Shape[Key]> },
  fresh: Shape,
  log: string[],
  prefix = '',
): AddedValues<Shape, Table> {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(table) as (keyof Table & keyof Shape & string)[]) {
    const rule = table[key] as AddedField<Shape[typeof key]>;
    const before = rule.before === undefined ? fresh[key] : typeof rule.before === 'function' ? (rule.before as (raw: Record<string, unknown>) => Shape[typeof key])(raw) : rule.before;
    const schema = entries[key];
    if (own(raw, key) === undefined || schema === undefined) {
      values[key] = before;
      continue;
    }
    const fallback: Repair<Shape[typeof key]> = (value, path, into) => {
      into.push(`${path} was ${describe(value)}; set to ${typeof before === 'object' && before !== null ? JSON.stringify(before) : String(before)}`);
      return before;
    };
    values[key] = field(raw, key, schema, rule.repair ?? fallback, log, prefix);
  }
  return values as AddedValues<Shape, Table>;
}
