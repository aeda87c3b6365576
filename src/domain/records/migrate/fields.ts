/**
 * Small field repairers shared by the migration modules (and, for
 * `isPlainObject`, `own` and `UNSAFE_KEYS`, by the import code in
 * `records/transfer/`).
 *
 * Each one takes a value read from storage that failed its schema, returns a
 * usable value of the right type, and adds one line to `log` saying what it
 * did, so the caller can report every repair. They read only own properties,
 * never copy unknown keys and never change their input.
 */
import * as v from 'valibot';

/** What a repairer is given: the bad value, its path for messages, the repair log. */
export type Repair<T> = (value: unknown, path: string, log: string[]) => T;

/** Keys that could reach `Object.prototype` if copied; skipped wherever keys are copied. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a value is a plain object (not null, a list, a date or a class instance).
 *
 * @example isPlainObject({ a: 1 }) //=> true
 * @example isPlainObject([1]) //=> false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Reads an own property only, so an inherited or polluted prototype is never read.
 *
 * @example own(JSON.parse('{"a":1}'), 'toString') //=> undefined
 */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * A short description of a stored value for a repair message.
 *
 * @example describe('maybe') //=> "'maybe'"
 * @example describe(undefined) //=> 'missing'
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/**
 * Reads `key` from `raw`; keeps it (as a fresh copy) when `schema` accepts it,
 * otherwise returns what `repair` makes of it.
 *
 * @example field({ role: 7 }, 'role', v.string(), repairText, log) //=> '7'
 */
export function field<T>(
  raw: Record<string, unknown>,
  key: string,
  schema: v.GenericSchema<unknown, T>,
  repair: Repair<T>,
  log: string[],
  prefix = '',
): T {
  const value = own(raw, key);
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : repair(value, prefix + key, log);
}

/**
 * Like `field`, for a field added to the current version after records were
 * saved without it: a missing one quietly takes `fallback` (that record is not
 * damaged, only older), while a stored value of the wrong type is repaired and
 * logged as usual.
 *
 * @example addedField({}, 'videoLink', v.string(), '', repairText, log) //=> '' (nothing logged)
 */
export function addedField<T>(
  raw: Record<string, unknown>,
  key: string,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  repair: Repair<T>,
  log: string[],
  prefix = '',
): T {
  return own(raw, key) === undefined ? fallback : field(raw, key, schema, repair, log, prefix);
}

/**
 * Text from whatever was stored: numbers and true/false become text and a list
 * of strings becomes lines, so nothing the person typed is lost; anything else
 * becomes `''`.
 *
 * @example repairText(6561234567, 'phone', log) //=> '6561234567'
 */
export function repairText(value: unknown, path: string, log: string[]): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    log.push(`${path} was ${describe(value)}; kept as text`);
    return String(value);
  }
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    log.push(`${path} was a list of text; kept as lines`);
    return value.join('\n');
  }
  log.push(`${path} was ${describe(value)}; left blank`);
  return '';
}

/**
 * A repairer for a fixed list of choices: anything else becomes `fallback`.
 *
 * @example repairChoice(['waiting', 'offer'], 'waiting')('maybe', 'outcome', log) //=> 'waiting'
 */
export function repairChoice<T extends string>(choices: readonly T[], fallback: T): Repair<T> {
  return (value, path, log) => {
    if (choices.includes(value as T)) return value as T;
    log.push(`${path} was ${describe(value)}; set to ${fallback}`);
    return fallback;
  };
}

/**
 * A ticked box stays ticked; anything that is not true or false becomes false.
 *
 * @example repairFlag('yes', 'notes.askedForCard', log) //=> false
 */
export function repairFlag(value: unknown, path: string, log: string[]): boolean {
  if (typeof value === 'boolean') return value;
  log.push(`${path} was ${describe(value)}; set to false`);
  return false;
}

/**
 * A whole number from `min` to `max`: numbers and numeric text are rounded and
 * brought into range; anything else becomes `fallback`.
 *
 * @example repairWholeNumber(1, 10, 5)('42', 'checkInLimit', log) //=> 10
 */
export function repairWholeNumber(min: number, max: number, fallback: number): Repair<number> {
  return (value, path, log) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    const fixed =
      typeof number === 'number' && Number.isFinite(number)
        ? Math.min(max, Math.max(min, Math.round(number)))
        : fallback;
    if (fixed !== value) log.push(`${path} was ${describe(value)}; set to ${fixed}`);
    return fixed;
  };
}

/**
 * The own keys of a stored record that are safe to copy; unsafe ones are logged and skipped.
 *
 * @example safeKeys(JSON.parse('{"__proto__":{},"a":1}'), 'drafts', log) //=> ['a']
 */
export function safeKeys(record: Record<string, unknown>, path: string, log: string[]): string[] {
  return Object.keys(record).filter((key) => {
    if (!UNSAFE_KEYS.has(key)) return true;
    log.push(`${path}.${key} was ignored: it is not a safe key`);
    return false;
  });
}

/**
 * A repairer that replaces any bad value with `fallback`.
 *
 * @example setTo('09:00')(null, 'workdayStart', log) //=> '09:00'
 */
export function setTo(fallback: string): Repair<string> {
  return (value, path, log) => {
    log.push(`${path} was ${describe(value)}; set to ${fallback}`);
    return fallback;
  };
}
