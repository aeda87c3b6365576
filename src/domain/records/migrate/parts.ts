/**
 * Repairers for two nested parts of a stored interview: its interviewers and
 * its notes (the keyed records are in `keyed-records.ts`), as version 2 has
 * them (`version-3.ts` adds the fields of version 3).
 *
 * Each keeps what its schema accepts, rebuilds the rest from defaults while
 * keeping any text the person typed, logs every change, and builds fresh
 * objects, copying only known keys and never an unsafe one (`__proto__`).
 */
import * as v from 'valibot';
import { CONTACT_ROLES } from '../choices';
import { emptyInterviewer, emptyNotes } from '../defaults';
import { InterviewerSchema, NotesSchema, type Notes } from '../model';
import type { InterviewerV2 } from './version-3';
import { addedField, describe, field, isPlainObject, own, repairChoice, repairFlag, repairText, safeKeys } from './fields';

/**
 * The interviewer list. A single card or a bare name becomes a one-item list;
 * cards without a usable id, or sharing one, get a new id from `newId` (drafts
 * are keyed by it); entries that are neither are removed and logged.
 *
 * @example repairInterviewers('Jane Okafor', log, () => 'n1') //=> [{ id: 'n1', contactRole: 'interviewer', name: 'Jane Okafor', title: '', email: '', phone: '', address: '', links: [] }]
 */
export function repairInterviewers(value: unknown, log: string[], newId: () => string): InterviewerV2[] {
  let list: readonly unknown[];
  if (Array.isArray(value)) list = value;
  else if (isPlainObject(value) || typeof value === 'string') {
    log.push(`interviewers was ${describe(value)}; kept as the first interviewer`);
    list = [value];
  } else {
    log.push(`interviewers was ${describe(value)}; added one blank interviewer`);
    return [emptyInterviewer(newId())];
  }
  const seen = new Set<string>();
  const result: InterviewerV2[] = [];
  list.forEach((item, index) => {
    const path = `interviewers.${index}`;
    let person: InterviewerV2;
    if (typeof item === 'string') person = { ...emptyInterviewer(newId()), name: item };
    else if (isPlainObject(item)) person = repairInterviewer(item, path, log, newId);
    else return void log.push(`${path} was ${describe(item)}; removed`);
    if (seen.has(person.id)) {
      log.push(`${path}.id '${person.id}' was used twice; given a new id`);
      person = { ...person, id: newId() };
    }
    seen.add(person.id);
    result.push(person);
  });
  return result;
}

function repairInterviewer(
  raw: Record<string, unknown>,
  path: string,
  log: string[],
  newId: () => string,
): InterviewerV2 {
  // A card saved before `links` existed is sound: it only lacks the new list.
  const withLinks = own(raw, 'links') === undefined ? { ...raw, links: [] } : raw;
  const parsed = v.safeParse(InterviewerSchema, withLinks);
  if (parsed.success && parsed.output.id !== '') return parsed.output;
  const id = own(raw, 'id');
  const text = (key: keyof InterviewerV2) => field(raw, key, v.string(), repairText, log, `${path}.`);
  let fixedId: string;
  if (typeof id === 'string' && id !== '') fixedId = id;
  else if (typeof id === 'number' && Number.isFinite(id)) fixedId = String(id);
  else {
    fixedId = newId();
    log.push(`${path}.id was ${describe(id)}; given a new id`);
  }
  return {
    id: fixedId,
    // Cards saved before contacts had roles were all interviewers: a missing role is not damage.
    contactRole: addedField(raw, 'contactRole', InterviewerSchema.entries.contactRole, 'interviewer', repairChoice(CONTACT_ROLES, 'interviewer'), log, `${path}.`),
    name: text('name'),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    links: own(raw, 'links') === undefined ? [] : repairTextList(own(raw, 'links'), `${path}.links`, log),
  };
}

/**
 * The notes checklist. Notes saved as one piece of text (as the first
 * prototype did) are kept as `learned`.
 *
 * @example repairNotes('They ship weekly.', log).learned //=> 'They ship weekly.'
 */
export function repairNotes(value: unknown, log: string[]): Notes {
  if (typeof value === 'string') {
    log.push(`notes was text; kept as notes.learned`);
    return { ...emptyNotes(), learned: value };
  }
  if (!isPlainObject(value)) {
    log.push(`notes was ${describe(value)}; set to empty notes`);
    return emptyNotes();
  }
  const parsed = v.safeParse(NotesSchema, value);
  if (parsed.success) return parsed.output;
  const flag = (key: keyof Notes) => field(value, key, v.boolean(), repairFlag, log, 'notes.');
  const text = (key: keyof Notes) => field(value, key, v.string(), repairText, log, 'notes.');
  return {
    askedForCard: flag('askedForCard'),
    checkedSpelling: flag('checkedSpelling'),
    askedWhenToHear: flag('askedWhenToHear'),
    proposedDate: flag('proposedDate'),
    learned: text('learned'),
    wentWell: text('wentWell'),
    elaborate: text('elaborate'),
    points: repairPoints(own(value, 'points'), log),
    openQuestions: text('openQuestions'),
  };
}

function repairPoints(value: unknown, log: string[]): string[] {
  return repairTextList(value, 'notes.points', log);
}

/**
 * A list of text entries (the notes' points, an interviewer's links): a lone
 * text becomes a one-entry list, entries that are not text are removed, and a
 * missing list is empty.
 */
function repairTextList(value: unknown, listPath: string, log: string[]): string[] {
  if (typeof value === 'string') {
    log.push(`${listPath} was text; kept as one entry`);
    return [value];
  }
  if (!Array.isArray(value)) {
    log.push(`${listPath} was ${describe(value)}; set to none`);
    return [];
  }
  return value.flatMap((item, index) => {
    const path = `${listPath}.${index}`;
    if (typeof item === 'string') return [item];
    if (isPlainObject(item) || Array.isArray(item) || item == null) {
      log.push(`${path} was ${describe(item)}; removed`);
      return [];
    }
    return [repairText(item, path, log)];
  });
}
