import { describe, expect, it } from 'vitest';
import { buildExport, exportedMessage, exportFileName, serializeExport, setAsideText } from '~/domain/records/transfer/export-file';
import { readImportText } from '~/domain/records/transfer/import-file';
import { createInterview, emptyProfile } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { deepFreeze } from '../../support/deep-freeze';

const NOW = new Date('2026-03-04T09:30:00.000Z');
const context = { timeZone: 'Europe/London', now: NOW, newId: () => 'new-id' };

function interview(id: string, company: string, createdAt: string): Interview {
  const fresh = createInterview({ id, interviewerId: `${id}-p1`, now: new Date(createdAt), timeZone: 'Europe/London', today: createdAt.slice(0, 10) });
  return { ...fresh, company, role: 'Data Analyst' };
}

const acme = interview('acme', 'Acme Logistics', '2026-03-03T15:00:00.000Z');
const globex = interview('globex', 'Globex', '2026-02-20T12:00:00.000Z');
const profile = { ...emptyProfile(), name: 'Priya Shah' };


describe('buildExport', () => {
  it('writes the versioned envelope with the profile and every interview, oldest first', () => {
    expect(buildExport({ profile, interviews: [acme, globex], now: NOW })).toEqual({
      format: 'nudge-export',
      version: 1,
      schemaVersion: 3,
      exportedAt: '2026-03-04T09:30:00.000Z',
      profile,
      interviews: [globex, acme],
    });
  });

  it('writes a null profile when none was saved, and no setAside list when nothing was set aside', () => {
    const file = buildExport({ profile: null, interviews: [], now: NOW, setAside: [] });
    expect(file.profile).toBeNull();
    expect(file).not.toHaveProperty('setAside');
  });

  it('carries records the planner could not read as text', () => {
    const setAside = [{ key: 'set-aside:interview:x:2026-03-01T00:00:00.000Z', reason: 'It has no id.', text: '{"company":"Initech"}' }];
    expect(buildExport({ profile: null, interviews: [], now: NOW, setAside }).setAside).toEqual(setAside);
  });

  it('does not change its inputs', () => {
    const interviews = deepFreeze([acme, globex]);
    expect(() => buildExport({ profile: deepFreeze({ ...profile }), interviews, now: NOW })).not.toThrow();
    expect(interviews.map((item) => item.id)).toEqual(['acme', 'globex']);
  });
});

describe('serializeExport', () => {
  it('is indented JSON ending in a newline that the import validator reads back as the same records', () => {
    const text = serializeExport(buildExport({ profile, interviews: [acme, globex], now: NOW }));
    expect(text.startsWith('{\n  "format": "nudge-export",\n  "version": 1,\n  "schemaVersion": 3,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const reading = readImportText(text, context);
    expect(reading).toEqual({ ok: true, data: { exportedAt: NOW.toISOString(), profile, interviews: [globex, acme], repaired: [], setAside: 0 } });
  });
});

describe.each([
  ['2026-03-04', undefined, 'nudge-export-2026-03-04.json'],
  ['2026-12-31', 'nudge-backup-before-import', 'nudge-backup-before-import-2026-12-31.json'],
])('exportFileName(%s, %s)', (today, prefix, expected) => {
  it(`is ${expected}`, () => expect(exportFileName(today, prefix)).toBe(expected));
});

describe.each([
  [3, true, 'Exported 3 interviews and your profile to nudge-export-2026-03-04.json.'],
  [1, false, 'Exported 1 interview to nudge-export-2026-03-04.json.'],
  [0, true, 'Exported no interviews and your profile to nudge-export-2026-03-04.json.'],
])('exportedMessage(%i, %s)', (count, withProfile, expected) => {
  it(`says "${expected}"`, () => expect(exportedMessage(count, withProfile, 'nudge-export-2026-03-04.json')).toBe(expected));
});

describe('setAsideText', () => {
  it.each([
    [{ id: 7 }, '{"id":7}'],
    [undefined, 'undefined'],
    [10n, '10'],
  ])('keeps %s as %s', (raw, expected) => expect(setAsideText(raw)).toBe(expected));
});
