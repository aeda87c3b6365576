import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readImportText, type ImportData } from '~/domain/records/transfer/import-file';
import { looksCutOff, parseJsonSafely } from '~/domain/records/transfer/import-json';
import { importedMessage, previewImport, previewSummary, profileLine } from '~/domain/records/transfer/import-preview';
import { checkSize, formatBytes, MAX_IMPORT_BYTES } from '~/domain/records/transfer/import-size';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { withAddedFields } from '../../support/version-3';

const NOW = new Date('2026-03-04T09:30:00.000Z');
const context = () => {
  let count = 0;
  return { timeZone: 'Europe/London', now: NOW, newId: () => `new-${++count}` };
};

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/imports/${name}`, import.meta.url), 'utf8');
}

function read(name: string): ImportData {
  const reading = readImportText(fixture(name), context());
  if (!reading.ok) throw new Error(`expected ${name} to be accepted: ${reading.reason}`);
  return reading.data;
}

afterEach(() => {
  // Nothing a test read may have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
});

describe('readImportText: refused files, each with its own reason', () => {
  it.each([
    ['empty.json', 'This file is empty, so there is nothing in it to import.'],
    ['malformed.json', 'This file is not a Nudge export: it is not valid JSON (it may be another kind of file, or it was edited by hand).'],
    [
      'truncated.json',
      'This file ends too early: it starts like a Nudge export but is cut off part-way (perhaps the download or copy did not finish). Export again from the browser that has your data.',
    ],
    ['wrong-format.json', 'This file is not a Nudge export: its "format" is "trello-board", not "nudge-export".'],
    [
      'future-version.json',
      'This was saved by a newer version of Nudge: reload to see and edit it. Then import the file again (it holds export version 2; this version of Nudge reads up to export version 1).',
    ],
    [
      'newer-schema.json',
      'This was saved by a newer version of Nudge: reload to see and edit it. Then import the file again (it holds schema version 4; this version of Nudge reads up to schema version 3).',
    ],
    ['bad-record.json', 'Interview 2 of 2 in this file ("Globex — Analytics Engineer") cannot be read: it has no id.'],
    [
      'proto-pollution.json',
      'This file holds keys that Nudge never writes ("__proto__", "prototype", "constructor") and that are used to attack web pages, so it was not made by Nudge\'s Export or has been tampered with.',
    ],
    ['no-interviews.json', 'This file has no interviews and no profile, so there is nothing in it to import.'],
  ])('%s: %s', (name, reason) => {
    expect(readImportText(fixture(name), context())).toEqual({ ok: false, reason });
  });

  const valid = JSON.parse(fixture('valid.json')) as Record<string, unknown>;
  const variant = (changes: Record<string, unknown>) => JSON.stringify({ ...valid, ...changes });
  it.each([
    ['a list instead of an object', '[1, 2]', 'This file is not a Nudge export: it holds JSON, but a list rather than a Nudge export\'s { "format": "nudge-export", … }.'],
    ['no format', variant({ format: undefined }), 'This file is not a Nudge export: it has no "format": "nudge-export" line.'],
    ['no version', variant({ version: '1' }), 'This file has no export version ("version"), so Nudge cannot tell how to read it.'],
    ['version 0', variant({ version: 0 }), 'This file\'s export version (0) is not one Nudge has ever written.'],
    [
      'a newer schema version',
      variant({ schemaVersion: 4 }),
      'This was saved by a newer version of Nudge: reload to see and edit it. Then import the file again (it holds schema version 4; this version of Nudge reads up to schema version 3).',
    ],
    ['no interviews list', variant({ interviews: {} }), 'This file has no list of interviews ("interviews"), so it is not a complete Nudge export.'],
    ['a profile that is not one', variant({ profile: 'Priya' }), "The profile in this file cannot be read: it is 'Priya', not a profile."],
    ['an interview that is a number', variant({ interviews: [42] }), 'Interview 1 of 1 in this file cannot be read: it is 42, not an interview.'],
    [
      'an interview from a newer Nudge',
      variant({ interviews: [{ ...(valid.interviews as object[])[0], schemaVersion: 9 }] }),
      'This was saved by a newer version of Nudge: reload to see and edit it. Then import the file again (it holds an interview of schema version 9; this version of Nudge reads up to schema version 3).',
    ],
    [
      'two interviews with one id',
      variant({ interviews: [(valid.interviews as object[])[0], (valid.interviews as object[])[0]] }),
      'Interviews 1 and 2 in this file have the same id ("acme-1"), so one would overwrite the other.',
    ],
  ])('%s', (_case, text, reason) => {
    expect(readImportText(text, context())).toEqual({ ok: false, reason });
  });
});

describe('readImportText: accepted files', () => {
  it('reads valid.json, a version 2 export: the profile and both interviews, unchanged but for their version', () => {
    const data = read('valid.json');
    const file = JSON.parse(fixture('valid.json'));
    const v3 = <T extends object>(record: T) => ('interviewers' in record ? withAddedFields(record as { interviewers?: unknown }) : { ...record, schemaVersion: 3 });
    expect(data).toEqual({
      exportedAt: '2026-03-04T09:30:00.000Z',
      profile: v3(file.profile),
      interviews: file.interviews.map(withAddedFields),
      repaired: ['Acme Logistics — Data Analyst', 'Globex — Analytics Engineer'],
      setAside: 0,
    });
  });

  it('keeps HTML, script, javascript: addresses, RTL overrides, emoji and Chinese exactly as text', () => {
    const data = read('html-names.json');
    expect(data.interviews.map((item) => item.company)).toEqual(['<img src=x onerror=alert(1)>', '北京字节跳动 🚀', '\u202eAcme\u202c Evil Ltd']);
    expect(data.interviews[0]!.role).toBe("<script>alert('role')</script>");
    expect(data.interviews[0]!.interviewers[0]!.email).toBe('javascript:alert(1)');
    expect(data.profile?.name).toBe("<img src=x onerror=alert('me')>");
  });

  it('brings a version 1 interview up to date and names it as repaired', () => {
    const v1 = JSON.parse(readFileSync(new URL('../../../fixtures/records/interview-v1.json', import.meta.url), 'utf8'));
    const text = JSON.stringify({ format: 'nudge-export', version: 1, schemaVersion: 2, exportedAt: '', profile: null, interviews: [v1] });
    const reading = readImportText(text, context());
    expect(reading.ok && reading.data.interviews[0]!.schemaVersion).toBe(3);
    expect(reading.ok && reading.data.repaired).toEqual(['Acme Robotics — Product designer']);
  });

  it('does not change the text it is given (strings are immutable) nor anything shared between calls', () => {
    const first = read('valid.json');
    first.interviews[0]!.company = 'changed';
    expect(read('valid.json').interviews[0]!.company).toBe('Acme Logistics');
  });
});

describe('parseJsonSafely', () => {
  it('drops __proto__, constructor and prototype keys at every depth and lists them', () => {
    const reading = parseJsonSafely(fixture('proto-pollution.json'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const value = reading.value as Record<string, any>;
    expect(Object.hasOwn(value, '__proto__')).toBe(false);
    expect(Object.hasOwn(value, 'constructor')).toBe(false);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value.interviews[0].drafts)).toEqual([]);
    expect(Object.keys(value.interviews[0].followUps)).toEqual([]);
    expect(reading.droppedKeys.sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    // Spreading or assigning the parsed value cannot pollute either.
    Object.assign({}, value, value.interviews[0]);
  });

  it('ignores a byte-order mark', () => {
    expect(parseJsonSafely('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 }, droppedKeys: [] });
  });
});

describe.each([
  ['{"interviews": [{"id": "a"', true],
  ['{"name": "unterminated', true],
  ['[1, 2', true],
  ['{"a": 1}}', false],
  ['Company,Role', false],
  ['{"a": "has a } in a string"', true],
  ['{"a": "escaped \\" quote"', true],
])('looksCutOff(%j)', (text, expected) => {
  it(`is ${expected}`, () => expect(looksCutOff(text)).toBe(expected));
});

describe('checkSize: refused before the file is read', () => {
  it.each([
    [50 * 1024 * 1024, 'This file is 50 MB. A Nudge export is never bigger than 40 MB (larger data is exported as several files), so Nudge did not read it.'],
    [MAX_IMPORT_BYTES + 1, 'This file is 40 MB. A Nudge export is never bigger than 40 MB (larger data is exported as several files), so Nudge did not read it.'],
    [0, 'This file is empty (0 bytes), so there is nothing in it to import.'],
    [Number.NaN, 'Nudge cannot tell how big this file is, so it did not read it.'],
    [MAX_IMPORT_BYTES, undefined],
    [2048, undefined],
  ])('size %d → %s', (size, expected) => expect(checkSize(size)).toBe(expected));

  it('takes only the size: a 50 MB File-like object is refused without its text being read', () => {
    let read = false;
    const huge = { size: 50 * 1024 * 1024, text: () => ((read = true), Promise.resolve('')) };
    expect(checkSize(huge.size)).toMatch(/^This file is 50 MB/);
    expect(read).toBe(false);
  });

  it.each([
    [512, '512 bytes'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [52_428_800, '50 MB'],
  ])('formatBytes(%d) is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('previewImport', () => {
  const data = read('valid.json');
  const stored = (id: string, updatedAt: string): Interview => ({
    ...createInterview({ id, interviewerId: 'p', now: NOW, timeZone: 'Europe/London', today: '2026-03-04' }),
    company: 'Mine',
    updatedAt,
  });

  it.each([
    ['an empty browser', { profile: null, interviews: [] }, ['acme-1', 'globex-1'], [], 'replace', 'This file has 2 interviews: 2 new.'],
    [
      'a browser that has Globex',
      { profile: data.profile, interviews: [stored('globex-1', '2026-02-01T00:00:00.000Z')] },
      ['acme-1'],
      ['globex-1'],
      'same',
      'This file has 2 interviews: 1 new and 1 that will replace the one you have.',
    ],
    [
      'a browser that has both',
      { profile: { ...data.profile!, mobile: '' }, interviews: [stored('acme-1', ''), stored('globex-1', '')] },
      [],
      ['acme-1', 'globex-1'],
      'replace',
      'This file has 2 interviews: 2 that will replace the ones you have.',
    ],
  ] as const)('against %s', (_case, current, added, replaced, profile, summary) => {
    const preview = previewImport(data, current);
    expect(preview.added.map((item) => item.id)).toEqual(added);
    expect(preview.replaced.map((item) => item.id)).toEqual(replaced);
    expect(preview.profile).toBe(profile);
    expect(previewSummary(preview)).toBe(summary);
  });

  it('names interviews by company and role, and flags a replacement that is older than the copy here', () => {
    const preview = previewImport(data, { profile: null, interviews: [stored('globex-1', '2026-03-01T00:00:00.000Z')] });
    expect(preview.added).toEqual([{ id: 'acme-1', label: 'Acme Logistics — Data Analyst', newerHere: false }]);
    expect(preview.replaced).toEqual([{ id: 'globex-1', label: 'Globex — Analytics Engineer', newerHere: true }]);
  });

  it('keeps your profile when the file has none or a blank one', () => {
    expect(previewImport({ ...data, profile: null }, { profile: null, interviews: [] }).profile).toBe('keep');
    expect(previewImport({ ...data, profile: { ...data.profile!, name: ' ', email: '', mobile: '' } }, { profile: data.profile, interviews: [] }).profile).toBe('keep');
  });

  it('does not change its inputs', () => {
    const current = Object.freeze({ profile: null, interviews: Object.freeze([stored('acme-1', '')]) });
    expect(() => previewImport(Object.freeze({ ...data }), current)).not.toThrow();
  });

  it.each([
    ['replace', 'Your profile (name, email, mobile) will be replaced: yes.'],
    ['same', 'Your profile will be replaced: no (the file’s is the same as yours).'],
    ['keep', 'Your profile will be replaced: no (the file has none).'],
  ] as const)('profileLine(%s)', (change, line) => expect(profileLine(change)).toBe(line));

  it.each([
    [3, false, 'Imported 3 interviews.'],
    [1, true, 'Imported 1 interview and your profile.'],
    [0, true, 'Imported your profile.'],
  ])('importedMessage(%i, %s) is "%s"', (count, withProfile, text) => expect(importedMessage(count, withProfile)).toBe(text));
});
