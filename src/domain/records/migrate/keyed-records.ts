/**
 * Repairers for the three keyed records of a stored interview: drafts,
 * follow-up states and calendar stamps.
 *
 * Keys are copied one by one, so an unsafe key (`__proto__`, `constructor`,
 * `prototype`) is skipped and logged rather than set on a result object; each
 * entry is kept when its schema accepts it, rebuilt when it can be, and
 * otherwise removed and logged.
 */
import * as v from 'valibot';
import { FOLLOW_UP_STATUSES } from '../choices';
import {
  CalendarStampSchema,
  DraftSchema,
  FollowUpStateSchema,
  type CalendarStamp,
  type Draft,
  type FollowUpState,
} from '../model';
import { describe, field, isPlainObject, own, repairText, safeKeys } from './fields';

/**
 * Repairs a keyed record entry by entry, skipping unsafe keys; an entry that
 * `repairEntry` cannot use (it returns undefined) is removed and logged.
 */
function repairRecord<T>(
  value: unknown,
  path: string,
  log: string[],
  repairEntry: (entry: unknown, path: string) => T | undefined,
): Record<string, T> {
  const result: Record<string, T> = {};
  if (!isPlainObject(value)) {
    log.push(`${path} was ${describe(value)}; set to none`);
    return result;
  }
  for (const key of safeKeys(value, path, log)) {
    const entry = repairEntry(value[key], `${path}.${key}`);
    if (entry === undefined) log.push(`${path}.${key} was ${describe(value[key])}; removed`);
    else result[key] = entry;
  }
  return result;
}

/**
 * Saved drafts. A draft stored as bare text is kept as its body; a missing
 * edit time becomes `now`.
 *
 * @example repairDrafts({ 'thank-you:i1': 'Dear Jane' }, log, now)['thank-you:i1'].body //=> 'Dear Jane'
 */
export function repairDrafts(value: unknown, log: string[], now: Date): Record<string, Draft> {
  return repairRecord(value, 'drafts', log, (entry, path) => {
    const parsed = v.safeParse(DraftSchema, entry);
    if (parsed.success) return parsed.output;
    if (typeof entry === 'string') {
      log.push(`${path} was text; kept as its body`);
      return { subject: '', body: entry, updatedAt: now.toISOString() };
    }
    if (!isPlainObject(entry)) return undefined;
    const updatedAt = own(entry, 'updatedAt');
    if (typeof updatedAt !== 'string') log.push(`${path}.updatedAt was ${describe(updatedAt)}; set to now`);
    return {
      subject: field(entry, 'subject', v.string(), repairText, log, `${path}.`),
      body: field(entry, 'body', v.string(), repairText, log, `${path}.`),
      updatedAt: typeof updatedAt === 'string' ? updatedAt : now.toISOString(),
    };
  });
}

/**
 * What the person did with each follow-up. A bare status is kept; an unknown
 * status becomes `pending`; a `movedTo` that is not text is dropped; a missing
 * `saidBy` is `''`.
 *
 * @example repairFollowUps({ 'check-in-1': 'done' }, log) //=> { 'check-in-1': { status: 'done', saidBy: '' } }
 */
export function repairFollowUps(value: unknown, log: string[]): Record<string, FollowUpState> {
  return repairRecord(value, 'followUps', log, (entry, path) => {
    const parsed = v.safeParse(FollowUpStateSchema, entry);
    if (parsed.success) return parsed.output;
    if (FOLLOW_UP_STATUSES.includes(entry as FollowUpState['status'])) {
      return { status: entry as FollowUpState['status'], saidBy: '' };
    }
    if (!isPlainObject(entry)) return undefined;
    const status = field(entry, 'status', FollowUpStateSchema.entries.status, (bad, at, into) => {
      into.push(`${at} was ${describe(bad)}; set to pending`);
      return 'pending' as const;
    }, log, `${path}.`);
    // "They said: by" came later: missing is simply none; anything but text is logged.
    const said = own(entry, 'saidBy');
    if (said !== undefined && typeof said !== 'string') log.push(`${path}.saidBy was ${describe(said)}; set to none`);
    const saidBy = typeof said === 'string' ? said : '';
    const movedTo = own(entry, 'movedTo');
    if (typeof movedTo === 'string') return { status, movedTo, saidBy };
    if (movedTo !== undefined) log.push(`${path}.movedTo was ${describe(movedTo)}; removed`);
    return { status, saidBy };
  });
}

/**
 * What was last exported to a calendar for each event. A missing fingerprint
 * becomes `''` (so the next export counts as a change) and a bad sequence 0.
 *
 * @example repairCalendar({ 'thank-you': { fingerprint: 'abc', sequence: '2' } }, log)['thank-you'].sequence //=> 2
 */
export function repairCalendar(value: unknown, log: string[]): Record<string, CalendarStamp> {
  return repairRecord(value, 'calendar', log, (entry, path) => {
    const parsed = v.safeParse(CalendarStampSchema, entry);
    if (parsed.success) return parsed.output;
    if (!isPlainObject(entry)) return undefined;
    const fingerprint = field(entry, 'fingerprint', v.string(), repairText, log, `${path}.`);
    // Title and start came later; older stamps have none (a cancellation then uses the schedule's).
    const kept = (key: 'title' | 'start') => (typeof own(entry, key) === 'string' ? (own(entry, key) as string) : '');
    const stored = own(entry, 'sequence');
    const sequence = typeof stored === 'number' || typeof stored === 'string' ? Number(stored) : NaN;
    const fixed = Number.isInteger(sequence) && sequence >= 0 ? sequence : 0;
    if (fixed !== stored) log.push(`${path}.sequence was ${describe(stored)}; set to ${fixed}`);
    return { fingerprint, sequence: fixed, title: kept('title'), start: kept('start') };
  });
}
