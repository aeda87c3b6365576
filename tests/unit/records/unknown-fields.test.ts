import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateInterview } from '~/domain/records/migrate/migrate';
import { unknownInterviewFields } from '~/domain/records/migrate/unknown-fields';
import { withUnknownFields, type UnknownField } from '~/domain/records/unknown-fields';
import { applyPatches } from '~/domain/records/patch';
import { deepFreeze } from '../support/deep-freeze';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/records/${name}.json`, import.meta.url), 'utf8'));
}

const context = () => ({ timeZone: 'Europe/London', now: new Date('2026-03-02T12:00:00.000Z'), newId: () => 'new-1' });

/** The version 3 fixture with a field unknown to this version on every part a newer version could extend. */
function fromANewerBuild(): Record<string, unknown> {
  const raw = fixture('interview-v3') as Record<string, any>;
  return {
    ...raw,
    priority: { level: 'high', why: ['dream job'] },
    interviewers: [{ ...raw.interviewers[0], pronouns: 'he/him' }, raw.interviewers[1]],
    notes: { ...raw.notes, mood: 'hopeful' },
    drafts: Object.fromEntries(Object.entries(raw.drafts).map(([key, draft]) => [key, { ...(draft as object), tone: 'warm' }])),
    followUps: Object.fromEntries(Object.entries(raw.followUps).map(([key, state]) => [key, { ...(state as object), snoozedUntil: '2026-03-20' }])),
    calendar: Object.fromEntries(Object.entries(raw.calendar).map(([key, stamp]) => [key, { ...(stamp as object), calendarName: 'Work' }])),
  };
}

describe('unknownInterviewFields', () => {
  it('finds a field this version does not know on the interview, a contact, the notes, a draft, a follow-up and a calendar stamp', () => {
    const raw = fromANewerBuild();
    const found = unknownInterviewFields(deepFreeze(raw));
    const where = found.map(({ part, entry, key }) => `${part}|${entry}|${key}`);
    expect(where).toContain('||priority');
    expect(where).toContain('interviewers|p-1|pronouns');
    expect(where).toContain('notes||mood');
    for (const key of Object.keys(raw.drafts as object)) expect(where).toContain(`drafts|${key}|tone`);
    for (const key of Object.keys(raw.followUps as object)) expect(where).toContain(`followUps|${key}|snoozedUntil`);
    for (const key of Object.keys(raw.calendar as object)) expect(where).toContain(`calendar|${key}|calendarName`);
    expect(found.find((field) => field.key === 'priority')?.value).toEqual({ level: 'high', why: ['dream job'] });
  });

  it('finds nothing in a record of this version', () => {
    expect(unknownInterviewFields(fixture('interview-v3'))).toEqual([]);
  });

  it('never lists a key that could reach Object.prototype, nor a contact whose id is used twice', () => {
    const raw = JSON.parse('{"schemaVersion":3,"id":"a","__proto__":{"x":1},"interviewers":[{"id":"p","extra":1},{"id":"p","extra":2}],"drafts":{"__proto__":{"tone":"x"}}}');
    expect(unknownInterviewFields(raw)).toEqual([]);
  });
});

describe('migrateInterview keeps unknown fields beside the record', () => {
  it('reads the record as this version knows it and lists the rest, in one pass', () => {
    const raw = deepFreeze(fromANewerBuild());
    const result = migrateInterview(raw, context());
    if (!result.ok) throw new Error(result.reason);
    expect(result.interview).toEqual(fixture('interview-v3'));
    expect(result.repaired).toEqual([]);
    expect(result.unknown?.length).toBeGreaterThanOrEqual(6);
    // Laid back on, they give the stored record again, exactly.
    expect(withUnknownFields(result.interview, result.unknown)).toEqual(raw);
  });

  it('keeps them when the record also needs repairs', () => {
    const raw = { ...fromANewerBuild(), outcome: 'maybe' };
    const result = migrateInterview(raw, context());
    if (!result.ok) throw new Error(result.reason);
    expect(result.repaired).toEqual(["outcome was 'maybe'; set to waiting"]);
    expect(withUnknownFields(result.interview, result.unknown)).toEqual({ ...raw, outcome: 'waiting' });
  });
});

describe('withUnknownFields', () => {
  const read = () => {
    const result = migrateInterview(fromANewerBuild(), context());
    if (!result.ok) throw new Error(result.reason);
    return result;
  };

  it('puts each field back through edits that replace a whole object: the contact, a follow-up, the drafts, the whole record', () => {
    const { interview, unknown } = read();
    const edited = applyPatches(interview, [
      { path: ['interviewers', 0], value: { ...interview.interviewers[0], name: 'Chen Wei' } },
      { path: ['followUps', 'thank-you:p-1'], value: { status: 'done', saidBy: '' } },
      { path: ['drafts'], value: structuredClone(interview.drafts) },
      { path: ['notes', 'learned'], value: 'They ship weekly.' },
    ]);
    const written = withUnknownFields(structuredClone(edited), deepFreeze(unknown!));
    expect(written).toMatchObject({ priority: { level: 'high' }, notes: { mood: 'hopeful', learned: 'They ship weekly.' } });
    expect((written.interviewers[0] as Record<string, unknown>).pronouns).toBe('he/him');
    expect(written.interviewers[0]!.name).toBe('Chen Wei');
    expect((written.followUps['thank-you:p-1'] as Record<string, unknown>).snoozedUntil).toBe('2026-03-20');
    expect(written.followUps['thank-you:p-1']!.status).toBe('done');
  });

  it('leaves out a field whose place is gone: a removed contact, a deleted draft', () => {
    const { interview, unknown } = read();
    const edited = { ...interview, interviewers: interview.interviewers.slice(1), drafts: {} };
    const written = withUnknownFields(edited, unknown) as Record<string, any>;
    expect(written.interviewers.some((person: Record<string, unknown>) => 'pronouns' in person)).toBe(false);
    expect(written.drafts).toEqual({});
    expect(written.priority).toEqual({ level: 'high', why: ['dream job'] });
  });

  it('never overwrites what the record holds', () => {
    const fields: UnknownField[] = [{ part: '', entry: '', key: 'company', value: 'Old' }];
    expect(withUnknownFields({ company: 'New' }, fields)).toEqual({ company: 'New' });
  });

  it('takes values from the stored copy it writes over, and leaves out one another tab removed there', () => {
    const fields: UnknownField[] = [
      { part: '', entry: '', key: 'priority', value: 'low' },
      { part: '', entry: '', key: 'colour', value: 'red' },
    ];
    const stored = { id: 'a', priority: 'high' };
    expect(withUnknownFields({ id: 'a' }, fields, stored)).toEqual({ id: 'a', priority: 'high' });
    // Nothing stored any more (the database was deleted): the values remembered are written.
    expect(withUnknownFields({ id: 'a' }, fields, undefined)).toEqual({ id: 'a', priority: 'low', colour: 'red' });
  });

  it('changes neither input, and never writes a key that could reach Object.prototype', () => {
    const record = deepFreeze({ id: 'a', notes: { learned: '' } });
    const fields = deepFreeze<UnknownField[]>([
      { part: 'notes', entry: '', key: 'mood', value: 'ok' },
      { part: '', entry: '', key: '__proto__', value: { polluted: true } },
    ]);
    const written = withUnknownFields(record, fields) as Record<string, any>;
    expect(written.notes).toEqual({ learned: '', mood: 'ok' });
    expect(Object.hasOwn(written, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
