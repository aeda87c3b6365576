import { describe, expect, it } from 'vitest';
import { partFileName, partsMessage, planExport } from '~/domain/records/transfer/export-parts';
import { readImportText } from '~/domain/records/transfer/import-file';
import { utf8Length } from '~/domain/records/transfer/import-size';
import { buildDataSet, longText } from '../../../fixtures/data-set';
import { deepFreeze } from '../../support/deep-freeze';

const NOW = new Date('2026-03-04T09:30:00.000Z');
const context = { timeZone: 'Europe/London', now: NOW, newId: () => 'new-id' };
const data = deepFreeze(buildDataSet({ interviews: 60, now: NOW }));

describe('planExport', () => {
  it('writes one file when everything fits within the limit', () => {
    const plan = planExport({ profile: data.profile, interviews: data.interviews, now: NOW });
    expect(plan.ok && plan.parts.length).toBe(1);
  });

  it.each([40_000, 64 * 1024, 100_000])('splits over several files of at most %d bytes that together hold every interview once', (limit) => {
    const plan = planExport({ profile: data.profile, interviews: data.interviews, now: NOW }, limit);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.parts.length).toBeGreaterThan(1);
    const ids: string[] = [];
    plan.parts.forEach((part, index) => {
      expect(part.bytes).toBeLessThanOrEqual(limit);
      const reading = readImportText(part.text, context);
      if (!reading.ok) throw new Error(reading.reason);
      // The profile travels in the first file only, so importing any other file never replaces it.
      expect(reading.data.profile).toEqual(index === 0 ? data.profile : null);
      ids.push(...reading.data.interviews.map((interview) => interview.id));
    });
    expect(ids).toEqual(data.interviews.map((interview) => interview.id));
  });

  it('puts a profile too big to share a file in a file of its own', () => {
    const profile = { ...data.profile!, name: longText(35_500) };
    const plan = planExport({ profile, interviews: data.interviews.slice(0, 3), now: NOW }, 40_000);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.parts[0]!.file.interviews).toEqual([]);
    expect(plan.parts.flatMap((part) => part.file.interviews)).toHaveLength(3);
  });

  it.each([
    ['an interview', { profile: null, interviews: [{ ...data.interviews[0]!, company: 'Acme', role: '', notes: { ...data.interviews[0]!.notes, learned: longText(50_000) } }] }, 'The interview “Acme” alone is'],
    ['the profile', { profile: { ...data.profile!, name: longText(50_000) }, interviews: [] }, 'Your profile and the records kept aside alone come to'],
  ])('refuses, before writing, when %s alone is over the limit', (_, input, message) => {
    const plan = planExport({ ...input, now: NOW }, 40_000);
    expect(plan).toEqual({ ok: false, reason: expect.stringContaining(message) });
  });
});

describe('file names and the message', () => {
  it.each([
    ['nudge-export-2026-03-04.json', 1, 1, 'nudge-export-2026-03-04.json'],
    ['nudge-export-2026-03-04.json', 2, 3, 'nudge-export-2026-03-04-part-2-of-3.json'],
  ])('%s, part %i of %i, is %s', (name, index, count, expected) => expect(partFileName(name, index, count)).toBe(expected));

  it('names every file and says to import them all', () => {
    expect(partsMessage(5000, true, ['a-1.json', 'a-2.json', 'a-3.json'])).toBe(
      'Exported 5000 interviews and your profile in 3 files, a-1.json, a-2.json and a-3.json: one file can hold at most 40 MB. Import all 3 to restore everything; each can be imported on its own.',
    );
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['Café', 5],
    ['陈美玲', 9],
    ['😀', 4],
    ['\uD800', 3],
    ['a\uDC00b', 5],
  ])('%j is %i bytes, as the encoder writes it', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});
