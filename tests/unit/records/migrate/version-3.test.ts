import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '~/domain/records/constants';
import { readAddedFields, type AddedFields } from '~/domain/records/migrate/added-fields';
import { migrateInterview, type MigrateContext } from '~/domain/records/migrate/migrate';
import { repairChoice } from '~/domain/records/migrate/fields';
import { interviewFromV2, V3_CONTACT_FIELDS, V3_INTERVIEW_FIELDS, V3_PROFILE_FIELDS } from '~/domain/records/migrate/version-3';
import { repairV2 } from '~/domain/records/migrate/versions';
import { InterviewerSchema, InterviewSchema, ProfileSchema } from '~/domain/records/model';
import { deepFreeze } from '../../support/deep-freeze';

function fixture(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'));
}

const NOW = new Date('2026-03-02T12:00:00.000Z');
const context = (): MigrateContext => {
  let count = 0;
  return { timeZone: 'Asia/Kuala_Lumpur', now: NOW, newId: () => `new-${++count}` };
};

/** Every version 2 record we keep: hand-made fixtures of each stage of version 2, and the real export of the last version 2 build. */
const V2_RECORDS: [string, Record<string, unknown>][] = [
  ['interview-v2', fixture('records/interview-v2.json')],
  ['interview-v2-before-new-fields', fixture('records/interview-v2-before-new-fields.json')],
  ['interview-v2-before-contact-roles', fixture('records/interview-v2-before-contact-roles.json')],
  ['interview-v2-before-issue9', fixture('records/interview-v2-before-issue9.json')],
  ['the real export of f4d8346', (fixture('backups/v2-export-f4d8346.json').interviews as Record<string, unknown>[])[0]!],
];

describe('the migration from version 2 to version 3', () => {
  it('is the version this code writes', () => {
    expect(SCHEMA_VERSION).toBe(3);
  });

  it.each(V2_RECORDS)('carries %s over whole: every field version 2 read, now at version 3', (_name, raw) => {
    const log: string[] = [];
    const v2 = repairV2(deepFreeze(raw), String(raw.id), context(), log);
    const v3 = interviewFromV2(v2, raw, context(), log);
    const { schemaVersion: _, ...fields } = v2;
    expect(v3).toMatchObject(fields);
    expect(v3.schemaVersion).toBe(3);
    expect(v.is(InterviewSchema, v3)).toBe(true);
    expect(log).toEqual([]);
  });

  it.each(V2_RECORDS)('migrateInterview reads %s as migrated from version 2, with nothing repaired', (_name, raw) => {
    const result = migrateInterview(raw, context());
    expect(result).toMatchObject({ ok: true, migratedFrom: 2, repaired: [] });
  });

  it('gives a version 3 record that was sound back in one pass, as a fresh copy', () => {
    const raw = deepFreeze(fixture('records/interview-v3.json'));
    const result = migrateInterview(raw, context());
    expect(result).toEqual({ ok: true, interview: raw, repaired: [], notices: [] });
    expect(result.ok && result.interview).not.toBe(raw);
  });

  it('reads a version 3 record saved before the fields added within version 3, each with its default and nothing logged', () => {
    // As the first version 3 build (43b49e9) saved it: no contact clocks, rounds or invitation fields yet.
    const raw = deepFreeze(fixture('records/interview-v3-before-added-fields.json'));
    const result = migrateInterview(raw, context());
    expect(result).toMatchObject({ ok: true, repaired: [], notices: [] });
    expect(result.ok && 'migratedFrom' in result).toBe(false);
    expect(result.ok && result.interview).toEqual(fixture('records/interview-v3.json'));
  });

  it.each(V2_RECORDS)('gives the contacts of %s no stored clock: their zone and country are worked out each time', (_name, raw) => {
    const result = migrateInterview(raw, context());
    expect(result.ok && result.interview.interviewers.map(({ timeZone, timeZoneFrom, country, countryFrom }) => [timeZone, timeZoneFrom, country, countryFrom])).toEqual(
      (raw.interviewers as unknown[]).map(() => ['', '', '', '']),
    );
  });

  it('repairs a contact clock whose source is not one it knows, and says so', () => {
    const raw = fixture('records/interview-v3.json');
    const people = raw.interviewers as Record<string, unknown>[];
    const damaged = { ...raw, interviewers: [{ ...people[0], timeZone: 'Asia/Kuala_Lumpur', timeZoneFrom: 'satellite', country: 7, countryFrom: 'you' }, ...people.slice(1)] };
    const result = migrateInterview(damaged, context());
    expect(result.ok && result.interview.interviewers[0]).toMatchObject({ timeZone: 'Asia/Kuala_Lumpur', timeZoneFrom: '', country: '', countryFrom: 'you' });
    expect(result.ok && result.repaired.join(' ')).toMatch(/interviewers\.0\.timeZoneFrom.*interviewers\.0\.country/su);
  });

  it('reads a version 2 contact with its name typed in one field: no parts, greeted by the custom of their country', () => {
    const result = migrateInterview(deepFreeze(fixture('records/interview-v2.json')), context());
    expect(result.ok && result.interview.interviewers.map(({ givenName, familyName, familyNameFirst, honorific, salutation, greetAs }) => ({ givenName, familyName, familyNameFirst, honorific, salutation, greetAs }))).toEqual(
      (fixture('records/interview-v2.json').interviewers as unknown[]).map(() => ({ givenName: '', familyName: '', familyNameFirst: false, honorific: '', salutation: 'auto', greetAs: '' })),
    );
  });

  it('repairs damaged name fields of a version 3 contact and says which, keeping the rest of the card', () => {
    const raw = fixture('records/interview-v3.json') as Record<string, any>;
    raw.interviewers[0] = { ...raw.interviewers[0], givenName: 7, familyNameFirst: 'yes', salutation: 'sideways', greetAs: null, familyName: 'Tan' };
    const result = migrateInterview(deepFreeze(raw), context());
    expect(result.ok && result.interview.interviewers[0]).toMatchObject({ name: raw.interviewers[0].name, givenName: '', familyName: 'Tan', familyNameFirst: false, salutation: 'auto', greetAs: '' });
    expect(result.ok && result.repaired).toEqual([
      'interviewers.0.givenName was 7; set to ',
      "interviewers.0.familyNameFirst was 'yes'; set to false",
      "interviewers.0.salutation was 'sideways'; set to auto",
      'interviewers.0.greetAs was null; set to ',
    ]);
  });

  it('has a table for the interview, its contacts and the profile, each naming only fields of the schema', () => {
    const tables: [object, object][] = [
      [V3_INTERVIEW_FIELDS, InterviewSchema.entries],
      [V3_CONTACT_FIELDS, InterviewerSchema.entries],
      [V3_PROFILE_FIELDS, ProfileSchema.entries],
    ];
    for (const [table, entries] of tables) for (const key of Object.keys(table)) expect(Object.hasOwn(entries, key), key).toBe(true);
  });
});

describe('the rounds of an application and the date to answer an offer by (issue 19)', () => {
  const v3 = () => fixture('records/interview-v3.json');

  it.each(V2_RECORDS)('gives %s round 1 of its own application and no answer-by date, nothing logged', (_name, raw) => {
    const result = migrateInterview(raw, context());
    expect(result).toMatchObject({ ok: true, repaired: [], interview: { answerBy: '', applicationId: '', round: 1 } });
  });

  it('keeps a second round as stored, in one pass', () => {
    const raw = deepFreeze({ ...v3(), applicationId: 'int-first', round: 2, answerBy: '2026-03-20' });
    expect(migrateInterview(raw, context())).toEqual({ ok: true, interview: raw, repaired: [], notices: [] });
  });

  it.each([
    { change: { round: 0 }, value: { round: 1 }, note: 'round was 0; set to 1' },
    { change: { round: 1e9 }, value: { round: 20 }, note: 'round was 1000000000; set to 20' },
    { change: { round: 2.5 }, value: { round: 3 }, note: 'round was 2.5; set to 3' },
    { change: { round: '2' }, value: { round: 2 }, note: "round was '2'; set to 2" },
    { change: { round: null }, value: { round: 1 }, note: 'round was null; set to 1' },
    { change: { applicationId: '<img src=x onerror=alert(1)>' }, value: { applicationId: '' }, note: "applicationId was '<img src=x onerror=alert(1)>'; set to " },
    { change: { applicationId: 'a'.repeat(65) }, value: { applicationId: '' }, note: `applicationId was '${'a'.repeat(40)}…'; set to ` },
    { change: { answerBy: 20260320 }, value: { answerBy: '20260320' }, note: 'answerBy was 20260320; kept as text' },
  ])('repairs a damaged $change and says so', ({ change, value, note }) => {
    const result = migrateInterview(deepFreeze({ ...v3(), ...change }), context());
    expect(result).toMatchObject({ ok: true, interview: value });
    expect(result.ok && result.repaired).toEqual([note]);
  });
});

// The mechanism every field of version 3 goes through is tried with a table of its own.
interface Shape {
  zone: string;
  order: 'given-first' | 'family-first';
  count: number;
}
const ENTRIES = { zone: v.string(), order: v.picklist(['given-first', 'family-first']), count: v.number() };
const FRESH: Shape = { zone: 'UTC', order: 'given-first', count: 1 };
const TABLE = {
  zone: { before: '' },
  order: { repair: repairChoice(['given-first', 'family-first'] as const, 'given-first') },
  count: { before: (raw: Record<string, unknown>) => (typeof raw.legacyCount === 'number' ? raw.legacyCount : 0) },
} satisfies AddedFields<Shape>;

describe('readAddedFields: one entry per added field', () => {
  it.each([
    { name: 'a record saved before the fields existed', raw: {}, values: { zone: '', order: 'given-first', count: 0 }, log: [] },
    { name: 'one whose default comes from another stored field', raw: { legacyCount: 4 }, values: { zone: '', order: 'given-first', count: 4 }, log: [] },
    { name: 'one that holds them', raw: { zone: 'Europe/London', order: 'family-first', count: 2 }, values: { zone: 'Europe/London', order: 'family-first', count: 2 }, log: [] },
    {
      name: 'one with damaged values',
      raw: { zone: 7, order: 'sideways', count: 'two' },
      values: { zone: '', order: 'given-first', count: 0 },
      log: ['contact.zone was 7; set to ', "contact.order was 'sideways'; set to given-first", "contact.count was 'two'; set to 0"],
    },
    { name: 'one with a null', raw: { zone: null }, values: { zone: '', order: 'given-first', count: 0 }, log: ['contact.zone was null; set to '] },
  ])('reads $name', ({ raw, values, log }) => {
    const into: string[] = [];
    expect(readAddedFields(deepFreeze(raw), TABLE, ENTRIES, FRESH, into, 'contact.')).toEqual(values);
    expect(into).toEqual(log);
  });

  it('takes what a new record gets when an entry gives no value for older records', () => {
    expect(readAddedFields({}, { order: {} } satisfies AddedFields<Shape>, ENTRIES, FRESH, [])).toEqual({ order: 'given-first' });
  });
});

describe('a record saved by a newer version', () => {
  it('is never read as this version: it comes back as newer, with a copy only for showing it', () => {
    const raw = deepFreeze(fixture('records/interview-future.json'));
    const result = migrateInterview(raw, context());
    expect(result).toMatchObject({
      ok: false,
      newer: 4,
      reason: 'It was saved by a newer version of Nudge (schema version 4); this version reads up to 3.',
      raw,
      interview: { schemaVersion: 3, id: 'int-future', company: 'Acme Robotics' },
    });
  });

  it('without an id, has no copy to show', () => {
    const result = migrateInterview({ schemaVersion: 7, company: 'Acme' }, context());
    expect(result).toEqual({ ok: false, newer: 7, reason: 'It was saved by a newer version of Nudge (schema version 7); this version reads up to 3.', raw: { schemaVersion: 7, company: 'Acme' } });
  });
});
