import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateInterview, migrateProfile, type MigrateContext } from '~/domain/records/migrate/migrate';
import { NAME_AS_TYPED, emptyNotes } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { deepFreeze } from '../../support/deep-freeze';

// Parsed with JSON.parse, as storage imports do, so a `__proto__` key in a
// fixture is a real own key rather than a prototype.
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/records/${name}.json`, import.meta.url), 'utf8'));
}

const NOW = new Date('2026-03-02T12:00:00.000Z');

function context(): MigrateContext {
  let count = 0;
  return { timeZone: 'Europe/London', now: NOW, newId: () => `new-${++count}` };
}

function migrated(raw: unknown) {
  const result = migrateInterview(raw, context());
  if (!result.ok) throw new Error(`expected a readable record: ${result.reason}`);
  return result;
}


function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    into.add(value);
    for (const item of Object.values(value)) objectsIn(item, into);
  }
  return into;
}

afterEach(() => {
  // Nothing a test migrated may have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** The person's day a profile saved before "Your day starts" and "Your day ends" existed gets. */
const DAY = { dayStart: '08:00', dayEnd: '21:00' };

const V1_MIGRATED: Interview = {
  schemaVersion: 3,
  id: 'int-v1',
  company: 'Acme Robotics',
  role: 'Product designer',
  date: '2025-11-20',
  time: '14:30',
  format: 'in-person',
  location: '',
  videoLink: '',
  interviewers: [
    { id: 'new-1', contactRole: 'interviewer', name: 'Jane Okafor', title: '', email: 'jane@acme.com', phone: '+44 20 7946 0000', address: '', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED },
  ],
  followUpsTo: '',
  timeZone: 'Europe/London',
  workdayStart: '09:00',
  workdayEnd: '17:30',
  interviewerCountry: '',
  interviewerRegion: '',
  hearBackBy: '2025-12-01',
  outcome: 'waiting',
  answerBy: '',
  applicationId: '',
  round: 1,
  thankYouTiming: 'same-day',
  firstCheckIn: 'call',
  checkInLimit: 3,
  checkInAfterWeeks: 1,
  notes: { ...emptyNotes(), learned: 'Team of six; they ship weekly.\nAsk about the design system.' },
  drafts: {},
  followUps: {},
  calendar: {},
  invitationUid: '',
  invitationSequence: 0,
  invitationOrganizer: '',
  cancelledAt: '',
  createdAt: '2025-11-20T16:05:00.000Z',
  updatedAt: '2025-11-20T16:05:00.000Z',
};

describe('migrateInterview: version 1', () => {
  it('converts the first prototype’s record exactly, with nothing to repair', () => {
    expect(migrateInterview(fixture('interview-v1'), context())).toEqual({
      ok: true,
      interview: V1_MIGRATED,
      migratedFrom: 1,
      repaired: [],
      notices: [],
    });
  });

  it.each(['offer', 'rejected'] as const)('keeps the outcome %s', (outcome) => {
    expect(migrated({ ...fixture('interview-v1'), outcome }).interview.outcome).toBe(outcome);
  });

  it('reads a record without a schema version but with the version 1 shape as version 1', () => {
    const { schemaVersion: _, ...unversioned } = fixture('interview-v1');
    expect(migrated(unversioned)).toEqual({
      ok: true,
      interview: V1_MIGRATED,
      migratedFrom: 1,
      repaired: ['schemaVersion was missing; read as version 1'],
      notices: [],
    });
  });

  it.each([
    { change: { interviewerPhone: undefined }, path: ['interviewers', 0, 'phone'], value: '', note: 'interviewerPhone was missing; left blank' },
    { change: { outcome: 'maybe' }, path: ['outcome'], value: 'waiting', note: "outcome was 'maybe'; set to waiting" },
    { change: { notes: ['Line one', 'Line two'] }, path: ['notes', 'learned'], value: 'Line one\nLine two', note: 'notes was a list of text; kept as lines' },
    { change: { createdAt: 0 }, path: ['createdAt'], value: NOW.toISOString(), note: 'createdAt was 0; set to 2026-03-02T12:00:00.000Z' },
    { change: { id: 17 }, path: ['id'], value: '17', note: 'id was 17; kept as text' },
  ])('repairs a damaged version 1 field: $note', ({ change, path, value, note }) => {
    const result = migrated({ ...fixture('interview-v1'), ...change });
    expect(path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], result.interview)).toEqual(value);
    expect(result.repaired).toEqual([note]);
    expect(result.migratedFrom).toBe(1);
  });
});

describe('migrateInterview: version 2', () => {
  it('carries a sound version 2 record over to version 3 whole, nothing logged', () => {
    const raw = fixture('interview-v2');
    const result = migrated(raw);
    // Version 3 is version 2 and the fields added since, at their defaults (interview-v3.json).
    expect(result).toEqual({ ok: true, interview: fixture('interview-v3'), migratedFrom: 2, repaired: [], notices: [] });
  });

  it('reads a record saved before the schedule fields with their defaults, nothing logged as damaged', () => {
    const result = migrated(fixture('interview-v2-before-issue9'));
    expect(result.repaired).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(result.interview).toMatchObject({ workdayEnd: '17:30', interviewerCountry: '', interviewerRegion: '', checkInAfterWeeks: 1, checkInLimit: 4 });
    expect(result.interview.followUps['check-in-1']).toEqual({ status: 'pending', movedTo: '2026-03-16T10:30', saidBy: '' });
    expect(result.interview.calendar['check-in-1']).toEqual({ fingerprint: '9f3a1c2e', sequence: 1, title: '', start: '' });
  });

  it.each([
    { value: 8, limit: 6, notices: ['Kopi Labs: you had chosen 8 check-ins before a closing note. Nudge now plans 1 to 6, so it is set to 6; change it under Follow-ups.'] },
    { value: 0, limit: 1, notices: ['Kopi Labs: you had chosen 0 check-ins before a closing note. Nudge now plans 1 to 6, so it is set to 1; change it under Follow-ups.'] },
    { value: 6, limit: 6, notices: [] },
  ])('tells the person when a saved number of check-ins ($value) is changed to $limit', ({ value, limit, notices }) => {
    const result = migrated({ ...fixture('interview-v2'), checkInLimit: value });
    expect(result.interview.checkInLimit).toBe(limit);
    expect(result.notices).toEqual(notices);
  });

  it.each([
    { change: { workdayEnd: 1730 }, note: 'workdayEnd was 1730; set to 17:30', field: 'workdayEnd', value: '17:30' },
    { change: { checkInAfterWeeks: 3 }, note: 'checkInAfterWeeks was 3; set to 1', field: 'checkInAfterWeeks', value: 1 },
    { change: { interviewerCountry: null }, note: 'interviewerCountry was null; set to ', field: 'interviewerCountry', value: '' },
  ])('repairs a damaged schedule field: $note', ({ change, note, field, value }) => {
    const result = migrated({ ...fixture('interview-v2'), ...change });
    expect(result.repaired).toEqual([note]);
    expect((result.interview as Record<string, unknown>)[field]).toEqual(value);
  });

  it('reads a record saved before contacts had roles: every card an interviewer, follow-ups to the interviewers', () => {
    const result = migrated(fixture('interview-v2-before-contact-roles'));
    expect(result.interview.interviewers.map((person) => person.contactRole)).toEqual(['interviewer', 'interviewer']);
    expect(result.interview.followUpsTo).toBe('');
    expect(result.interview.interviewers.map((person) => person.name)).toEqual(['陈伟', 'ليلى حداد']);
    // Nothing was damaged: the fields came later than the record.
    expect(result.repaired).toEqual([]);
  });

  it.each([
    { change: { followUpsTo: 7 }, note: 'followUpsTo was 7; kept as text', value: '7' },
    { change: { followUpsTo: null }, note: 'followUpsTo was null; left blank', value: '' },
  ])('repairs a damaged followUpsTo: $note', ({ change, note, value }) => {
    const result = migrated({ ...fixture('interview-v2'), ...change });
    expect(result.interview.followUpsTo).toBe(value);
    expect(result.repaired).toEqual([note]);
  });

  it('sets an unknown contact role to interviewer', () => {
    const raw = fixture('interview-v2') as { interviewers: Record<string, unknown>[] };
    const result = migrated({ ...raw, interviewers: [{ ...raw.interviewers[0], contactRole: 'headhunter' }] });
    expect(result.interview.interviewers[0]!.contactRole).toBe('interviewer');
    expect(result.repaired).toEqual(["interviewers.0.contactRole was 'headhunter'; set to interviewer"]);
  });

  it('reads a record saved before the place, video link and interviewer links existed with them blank, as sound', () => {
    const older = deepFreeze(fixture('interview-v2-before-new-fields'));
    const result = migrated(older);
    expect(result.repaired).toEqual([]);
    const current = fixture('interview-v3') as unknown as Interview;
    expect(result.interview).toEqual({
      ...current,
      videoLink: '',
      interviewers: current.interviewers.map((person) => ({ ...person, links: [] })),
    });
    expect(result.interview.location).toBe('');
    expect(result.interview.videoLink).toBe('');
    expect(result.interview.interviewers.map((person) => person.links)).toEqual([[], []]);
  });

  it.each([
    { change: { location: 42 }, path: ['location'], value: '42', note: 'location was 42; kept as text' },
    { change: { videoLink: null }, path: ['videoLink'], value: '', note: 'videoLink was null; left blank' },
  ])('repairs a damaged new field and says so: $note', ({ change, path, value, note }) => {
    const result = migrated({ ...fixture('interview-v2'), ...change });
    expect(path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], result.interview)).toEqual(value);
    expect(result.repaired).toEqual([note]);
  });

  it.each([
    { links: 'https://example.com/jane', value: ['https://example.com/jane'], note: 'interviewers.0.links was text; kept as one entry' },
    { links: ['https://example.com/jane', 7, { a: 1 }], value: ['https://example.com/jane', '7'], note: 'interviewers.0.links.1 was 7; kept as text' },
  ])("repairs an interviewer's damaged links: $note", ({ links, value, note }) => {
    const raw = fixture('interview-v2');
    const [first, ...rest] = raw.interviewers as Record<string, unknown>[];
    const result = migrated({ ...raw, interviewers: [{ ...first, links }, ...rest] });
    expect(result.interview.interviewers[0]!.links).toEqual(value);
    expect(result.repaired[0]).toBe(note);
  });

  it('reads a record without a schema version but with the version 2 shape as version 2', () => {
    const { schemaVersion: _, ...unversioned } = fixture('interview-v2');
    const result = migrated(unversioned);
    expect(result.interview).toEqual(fixture('interview-v3'));
    expect(result.repaired).toEqual(['schemaVersion was missing; read as version 2']);
    expect(result.migratedFrom).toBe(2);
  });

  it('repairs a damaged record field by field and lists each repair', () => {
    const result = migrated(fixture('interview-v2-damaged'));
    expect(result.repaired).toEqual([
      'role was a list of text; kept as lines',
      'time was 930; kept as text',
      "format was 'zoom'; set to in-person",
      'interviewers was an object; kept as the first interviewer',
      'interviewers.0.phone was 6561234567; kept as text',
      'interviewers.0.address was missing; left blank',
      'timeZone was missing; set to Europe/London',
      'workdayStart was null; set to 09:00',
      "outcome was 'maybe'; set to waiting",
      "firstCheckIn was 'EMAIL'; set to call",
      "checkInLimit was '3'; set to 3",
      'notes was text; kept as notes.learned',
      'drafts.thank-you:p-1.updatedAt was missing; set to now',
      'drafts.check-in:p-1 was text; kept as its body',
      'drafts.stray was 17; removed',
      "followUps.thank-you:p-1.status was 'finished'; set to pending",
      'followUps.thank-you:p-1.movedTo was 5; removed',
      'followUps.check-in-2 was a list; removed',
      "calendar.check-in-1.sequence was '2'; set to 2",
      'calendar.check-in-2 was null; removed',
      'updatedAt was missing; set to 2026-03-01T09:00:00.000Z',
    ]);
    expect(result.interview).toMatchObject({
      company: 'Acme Robotics',
      role: 'Senior\nProduct designer',
      time: '930',
      format: 'in-person',
      interviewers: [{ id: 'p-1', contactRole: 'interviewer', name: 'Mei Lin 林美', title: 'Design lead', email: 'mei@acme.com', phone: '6561234567', address: '' }],
      timeZone: 'Europe/London',
      workdayStart: '09:00',
      outcome: 'waiting',
      checkInLimit: 3,
      notes: { ...emptyNotes(), learned: 'They liked the portfolio review. Ask about the robot arm.' },
      drafts: {
        'thank-you:p-1': { subject: 'Thank you, Mei', body: 'Dear Mei,\n\nThank you for your time today.', updatedAt: NOW.toISOString() },
        'check-in:p-1': { subject: '', body: 'Hi Mei, I wanted to check in about the designer role.', updatedAt: NOW.toISOString() },
      },
      followUps: { 'thank-you:p-1': { status: 'pending', saidBy: '' }, 'check-in-1': { status: 'done', saidBy: '' } },
      calendar: { 'check-in-1': { fingerprint: 'abc123', sequence: 2, title: '', start: '' } },
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    // A field this version does not know is not damage: it is kept beside the record.
    expect(result.unknown).toEqual([{ part: '', entry: '', key: 'legacyFlag', value: expect.anything() }]);
    expect(result.interview).not.toHaveProperty('legacyFlag');
  });

  it('loses nothing the person typed: every text in the damaged record is still in the result', () => {
    const raw = fixture('interview-v2-damaged');
    const result = migrated(raw);
    const kept = stringsIn(result.interview).join('\n');
    const choices = ['zoom', 'maybe', 'EMAIL', 'finished'];
    for (const text of stringsIn(raw).filter((text) => !choices.includes(text))) expect(kept).toContain(text);
    // Values that were never typed (unknown choices) are at least named in the repair list.
    for (const choice of choices) expect(result.repaired.join('\n')).toContain(`'${choice}'`);
  });

  it.each([
    { name: 'a number', value: 17, expected: ['interviewers was 17; added one blank interviewer'], interviewers: [{ id: 'new-1', contactRole: 'interviewer', name: '' }] },
    { name: 'a bare name', value: 'Jane Okafor', expected: ["interviewers was 'Jane Okafor'; kept as the first interviewer"], interviewers: [{ id: 'new-1', contactRole: 'interviewer', name: 'Jane Okafor' }] },
    {
      name: 'cards sharing an id, one without an id and a null',
      value: [{ id: 'p-1', contactRole: 'interviewer', name: 'A' }, { id: 'p-1', contactRole: 'interviewer', name: 'B' }, { name: 'C' }, null],
      expected: [
        'interviewers.0.title was missing; left blank',
        'interviewers.0.email was missing; left blank',
        'interviewers.0.phone was missing; left blank',
        'interviewers.0.address was missing; left blank',
        'interviewers.1.title was missing; left blank',
        'interviewers.1.email was missing; left blank',
        'interviewers.1.phone was missing; left blank',
        'interviewers.1.address was missing; left blank',
        "interviewers.1.id 'p-1' was used twice; given a new id",
        'interviewers.2.id was missing; given a new id',
          'interviewers.2.title was missing; left blank',
        'interviewers.2.email was missing; left blank',
        'interviewers.2.phone was missing; left blank',
        'interviewers.2.address was missing; left blank',
        'interviewers.3 was null; removed',
      ],
      interviewers: [{ id: 'p-1', contactRole: 'interviewer', name: 'A' }, { id: 'new-1', contactRole: 'interviewer', name: 'B' }, { id: 'new-2', contactRole: 'interviewer', name: 'C' }],
    },
  ])('repairs interviewers given as $name', ({ value, expected, interviewers }) => {
    const result = migrated({ ...fixture('interview-v2'), interviewers: value });
    expect(result.repaired).toEqual(expected);
    expect(result.interview.interviewers).toMatchObject(interviewers);
  });

  it.each([
    { value: 0, limit: 1 },
    { value: 42, limit: 6 },
    { value: 2.6, limit: 3 },
    { value: 'lots', limit: 3 },
  ])('brings checkInLimit $value into range as $limit', ({ value, limit }) => {
    const result = migrated({ ...fixture('interview-v2'), checkInLimit: value });
    expect(result.interview.checkInLimit).toBe(limit);
    expect(result.repaired).toEqual([`checkInLimit was ${typeof value === 'string' ? `'${value}'` : value}; set to ${limit}`]);
  });

  it('repairs a damaged notes checklist, keeping its text and ticks', () => {
    const notes = { askedForCard: true, checkedSpelling: 'yes', learned: 12, points: ['Arm', 3, null] };
    const result = migrated({ ...fixture('interview-v2'), notes });
    expect(result.interview.notes).toEqual({ ...emptyNotes(), askedForCard: true, learned: '12', points: ['Arm', '3'] });
    expect(result.repaired).toContain("notes.checkedSpelling was 'yes'; set to false");
    expect(result.repaired).toContain('notes.points.2 was null; removed');
  });
});

describe('migrateInterview: records it cannot read', () => {
  it.each(fixture('non-objects') as unknown as unknown[])('sets aside %j with a reason', (raw) => {
    const result = migrateInterview(raw, context());
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^It is .+, not an interview\.$/), raw });
  });

  it.each([
    { name: 'undefined', raw: undefined, reason: 'It is missing, not an interview.' },
    { name: 'a date', raw: new Date(NOW), reason: 'It is an object, not an interview.' },
    { name: 'a record with no id', raw: { schemaVersion: 2, company: 'Acme' }, reason: 'It has no id.' },
    { name: 'a record with an empty id', raw: { ...fixture('interview-v2'), id: '' }, reason: 'It has no id.' },
    { name: 'an object with no version and no interview fields', raw: { id: 'x', colour: 'red' }, reason: 'It has no schema version and does not look like an interview.' },
  ])('sets aside $name with a reason', ({ raw, reason }) => {
    expect(migrateInterview(raw, context())).toEqual({ ok: false, reason, raw });
  });
});

describe('migrateInterview: hostile input', () => {
  it('skips __proto__, constructor and prototype keys everywhere and pollutes no prototype', () => {
    const raw = fixture('interview-hostile');
    expect(Object.hasOwn(raw, '__proto__')).toBe(true);
    const result = migrated(raw);
    const { interview } = result;
    for (const object of objectsIn(interview)) {
      expect(Object.getPrototypeOf(object)).toBe(Array.isArray(object) ? Array.prototype : Object.prototype);
      for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(object, key)).toBe(false);
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(Object.keys(interview.drafts)).toEqual(['thank-you:p-1']);
    expect(Object.keys(interview.followUps)).toEqual(['check-in-1']);
    expect(interview.calendar).toEqual({});
    expect(interview.company).toBe("<script>alert('hi')</script>");
    expect(result.unknown ?? []).toEqual([]);
    expect(result.repaired).toEqual([
      '__proto__ was ignored: it is not a safe key',
      'constructor was ignored: it is not a safe key',
      'prototype was ignored: it is not a safe key',
      'drafts.__proto__ was ignored: it is not a safe key',
      'drafts.constructor was ignored: it is not a safe key',
      'followUps.__proto__ was ignored: it is not a safe key',
      'followUps.prototype was ignored: it is not a safe key',
      'calendar.__proto__ was ignored: it is not a safe key',
      'calendar.constructor was ignored: it is not a safe key',
    ]);
  });

  it('never reads inherited properties', () => {
    const inherited = Object.assign(Object.create({ company: 'Inherited' }), fixture('interview-v2'));
    delete inherited.company;
    // Not a plain object (its prototype is not Object.prototype), so it is set aside whole.
    expect(migrateInterview(inherited, context())).toMatchObject({ ok: false });
  });
});

describe('migrateInterview: inputs', () => {
  it.each(['interview-v1', 'interview-v2', 'interview-v3', 'interview-v2-damaged', 'interview-hostile', 'interview-future'])(
    'does not change %s and shares no object with it',
    (name) => {
      const raw = deepFreeze(fixture(name));
      const before = JSON.stringify(raw);
      const result = migrateInterview(raw, context()); // would throw on a write to the frozen input
      expect(JSON.stringify(raw)).toBe(before);
      if (result.ok) {
        const inputs = objectsIn(raw);
        for (const object of objectsIn(result.interview)) expect(inputs.has(object)).toBe(false);
      }
    },
  );
});

describe('migrateProfile', () => {
  it.each([
    {
      name: 'a version 1 profile',
      raw: fixture('profile-v1'),
      profile: { schemaVersion: 3, name: 'Ana Sofía Silva', email: 'ana.silva@example.com', mobile: '+351 912 345 678', ...DAY },
      migratedFrom: 1,
      repaired: [],
    },
    {
      name: 'a valid version 2 profile',
      raw: { schemaVersion: 2, name: '王芳', email: 'wang@example.cn', mobile: '' },
      profile: { schemaVersion: 3, name: '王芳', email: 'wang@example.cn', mobile: '', ...DAY },
      migratedFrom: 2,
      repaired: [],
    },
    {
      name: 'a valid version 3 profile',
      raw: { schemaVersion: 3, name: '王芳', email: 'wang@example.cn', mobile: '', ...DAY },
      profile: { schemaVersion: 3, name: '王芳', email: 'wang@example.cn', mobile: '', ...DAY },
      migratedFrom: undefined,
      repaired: [],
    },
    {
      name: 'a damaged version 2 profile',
      raw: { schemaVersion: 2, name: 'Ana', mobile: 351912345678 },
      profile: { schemaVersion: 3, name: 'Ana', email: '', mobile: '351912345678', ...DAY },
      migratedFrom: 2,
      repaired: ['email was missing; left blank', 'mobile was 351912345678; kept as text'],
    },
    {
      name: 'a profile without a version, in the version 1 shape',
      raw: { fullName: 'Ana', phone: '+351 912 345 678' },
      profile: { schemaVersion: 3, name: 'Ana', email: '', mobile: '+351 912 345 678', ...DAY },
      migratedFrom: 1,
      repaired: ['schemaVersion was missing; read as version 1', 'email was missing; left blank'],
    },
  ])('reads $name', ({ raw, profile, migratedFrom, repaired }) => {
    expect(migrateProfile(deepFreeze(raw))).toEqual({ ok: true, profile, migratedFrom, repaired });
  });

  it('keeps a field this version does not know beside the profile', () => {
    const result = migrateProfile({ schemaVersion: 3, name: 'Ana', email: '', mobile: '', ...DAY, pronouns: 'she/her' });
    expect(result).toEqual({ ok: true, profile: { schemaVersion: 3, name: 'Ana', email: '', mobile: '', ...DAY }, repaired: [], unknown: [{ part: '', entry: '', key: 'pronouns', value: 'she/her' }] });
  });

  it('skips a real __proto__ key in a parsed profile', () => {
    const raw = JSON.parse('{"schemaVersion":3,"name":"Ana","email":"","mobile":"","__proto__":{"polluted":"profile"}}');
    expect(migrateProfile(raw)).toEqual({
      ok: true,
      profile: { schemaVersion: 3, name: 'Ana', email: '', mobile: '', ...DAY },
      repaired: ['__proto__ was ignored: it is not a safe key'],
    });
  });

  it.each([
    { raw: null, reason: 'It is null, not a profile.' },
    { raw: 'Ana', reason: "It is 'Ana', not a profile." },
    { raw: {}, reason: 'It has no schema version and does not look like a profile.' },
  ])('sets aside $raw with a reason', ({ raw, reason }) => {
    expect(migrateProfile(raw)).toEqual({ ok: false, reason, raw });
  });

  it('reads a profile from a newer version only to show it', () => {
    expect(migrateProfile({ schemaVersion: 4, name: 'Ana', email: '', mobile: '', pronouns: 'she/her' })).toEqual({
      ok: false,
      newer: 4,
      reason: 'It was saved by a newer version of Nudge (schema version 4); this version reads up to 3.',
      raw: { schemaVersion: 4, name: 'Ana', email: '', mobile: '', pronouns: 'she/her' },
      profile: { schemaVersion: 3, name: 'Ana', email: '', mobile: '', ...DAY },
    });
  });
});
