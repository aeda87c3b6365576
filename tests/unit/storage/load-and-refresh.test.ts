import { describe, expect, it } from 'vitest';
import { memoryBackend } from '~/storage/backend';
import { parkedKey } from '~/storage/keys';
import { loadRecords } from '~/storage/load-records';
import { applyParkedEdits, parkEdits } from '~/storage/parked-edits';
import { refreshRecords } from '~/storage/refresh-records';
import { context, storedFixture, withFieldsFromANewerBuild } from './support';

const KEY = 'interview:int-v2';
const newer = () => ({ ...storedFixture('interview-v3'), schemaVersion: 4, company: 'Saved by version 4', reminders: [{ at: '2026-03-10' }] });
const nothingUnsaved = { patches: () => [], deleting: () => false };

describe('loading a record a newer version saved', () => {
  it('leaves it under its own key, byte for byte, and shows it read-only', async () => {
    const backend = memoryBackend([[KEY, newer()], ['profile', { schemaVersion: 9, name: 'Nurul', email: '', mobile: '', pronouns: 'she/her' }]]);
    const before = JSON.stringify(await backend.entries());
    const loaded = await loadRecords(backend, context());
    expect(JSON.stringify(await backend.entries())).toBe(before);
    expect(loaded.readOnly.sort()).toEqual([KEY, 'profile']);
    expect(loaded.setAside).toEqual([]);
    expect(loaded.interviews.map((interview) => [interview.id, interview.company])).toEqual([['int-v2', 'Saved by version 4']]);
    expect(loaded.profile.name).toBe('Nurul');
  });

  it('on a re-read, reports it read-only and lays none of this tab’s edits over it', async () => {
    const backend = memoryBackend([[KEY, newer()]]);
    const mine = storedFixture('interview-v3');
    const refreshed = await refreshRecords(
      backend,
      [KEY],
      { patches: (key) => (key === KEY ? [{ path: ['company'], value: 'Typed here' }] : []), deleting: () => false },
      { profile: { schemaVersion: 3, name: '', email: '', mobile: '', dayStart: '08:00', dayEnd: '21:00' }, interviews: [mine as never] },
      context(),
    );
    expect(refreshed.readOnly).toEqual([KEY]);
    expect(refreshed.interviews[0]!.company).toBe('Saved by version 4');
  });
});

describe('loading a record with fields this version does not know', () => {
  it('rewrites an older record migrated with them, and reads a current one without writing', async () => {
    const v2 = { ...withFieldsFromANewerBuild(), schemaVersion: 2 };
    const backend = memoryBackend([[KEY, v2], ['interview:b', { ...withFieldsFromANewerBuild(), id: 'b' }]]);
    const loaded = await loadRecords(backend, context());
    const stored = Object.fromEntries(await backend.entries());
    expect(stored[KEY]).toEqual({ ...v2, schemaVersion: 3 });
    expect(stored['interview:b']).toEqual({ ...withFieldsFromANewerBuild(), id: 'b' });
    // The store holds what this version knows; the rest stays beside it.
    for (const interview of loaded.interviews) expect(interview).not.toHaveProperty('priority');
  });

  it('keeps the very object a tab has when a re-read finds only those fields beside it', async () => {
    const backend = memoryBackend([[KEY, withFieldsFromANewerBuild()]]);
    const loaded = await loadRecords(backend, context());
    const refreshed = await refreshRecords(backend, 'all', nothingUnsaved, loaded, context());
    expect(refreshed.interviews[0]).toBe(loaded.interviews[0]);
  });
});

describe('an interview deleted in another tab and restored in this one', () => {
  const marker = { deleted: 'interview', id: 'int-v2', deletedAt: '2026-03-03T15:30:00.000Z' };
  const current = () => ({ profile: { schemaVersion: 3, name: '', email: '', mobile: '', dayStart: '08:00', dayEnd: '21:00' }, interviews: [] });

  it('stays, as restored, when the re-read found the marker the restore is about to replace', async () => {
    const restored = { ...(storedFixture('interview-v3') as object), company: 'Acme Logistics', role: 'Data Analyst' };
    const refreshed = await refreshRecords(
      memoryBackend([[KEY, marker]]),
      [KEY],
      { patches: (key) => (key === KEY ? [{ path: [], value: restored }] : []), deleting: () => false },
      current() as never,
      context(),
    );
    expect(refreshed.deletedElsewhere).toEqual([]);
    expect(refreshed.interviews.map((interview) => [interview.company, interview.role])).toEqual([['Acme Logistics', 'Data Analyst']]);
  });

  it('is still reported deleted when this tab only typed in it', async () => {
    const mine = storedFixture('interview-v3') as never;
    const refreshed = await refreshRecords(
      memoryBackend([[KEY, marker]]),
      [KEY],
      { patches: (key) => (key === KEY ? [{ path: ['role'], value: 'Typed here' }] : []), deleting: () => false },
      { ...current(), interviews: [mine] } as never,
      context(),
    );
    expect(refreshed.deletedElsewhere).toEqual(['int-v2']);
    expect(refreshed.interviews).toEqual([]);
  });
});

describe('edits an older tab parked beside a newer record', () => {
  it('are added by the next page that can write the record, oldest first, and said so', async () => {
    const backend = memoryBackend([[KEY, storedFixture('interview-v3')]]);
    await parkEdits(backend, KEY, [{ path: ['notes', 'learned'], value: 'First' }], 'Kopi Labs — Backend engineer', new Date('2026-03-03T15:00:00Z'));
    await parkEdits(backend, KEY, [{ path: ['notes', 'learned'], value: 'Second' }, { path: ['role'], value: 'Staff engineer' }], 'Kopi Labs — Backend engineer', new Date('2026-03-03T15:01:00Z'));
    const loaded = await loadRecords(backend, context());
    expect(loaded.interviews[0]).toMatchObject({ role: 'Staff engineer', notes: { learned: 'Second' } });
    expect(loaded.notices).toHaveLength(2);
    expect(loaded.notices[0]).toBe('Kopi Labs — Backend engineer: what you changed in an older tab of Nudge, and it could not save then, is saved now.');
    expect((await backend.entries()).map(([key]) => key)).toEqual([KEY]);
  });

  it('stay parked while the record is still from a version newer than the reader', async () => {
    const backend = memoryBackend([[KEY, newer()]]);
    await parkEdits(backend, KEY, [{ path: ['company'], value: 'Typed here' }], 'Acme', new Date('2026-03-03T15:00:00Z'));
    const before = JSON.stringify(await backend.entries());
    const result = await applyParkedEdits(backend, await backend.entries(), new Date('2026-03-03T16:00:00Z'));
    expect(result).toEqual({ changed: [], notices: [] });
    expect(JSON.stringify(await backend.entries())).toBe(before);
  });

  it('never bring back a record deleted since, and the person is told', async () => {
    const backend = memoryBackend([[KEY, { deleted: 'interview', id: 'int-v2', deletedAt: '2026-03-03T15:30:00.000Z' }]]);
    await parkEdits(backend, KEY, [{ path: ['company'], value: 'Typed here' }], 'Acme', new Date('2026-03-03T15:00:00Z'));
    const result = await applyParkedEdits(backend, await backend.entries(), new Date('2026-03-03T16:00:00Z'));
    expect(result.notices).toEqual(['Acme: what you changed in an older tab of Nudge could not be saved, because it was deleted since.']);
    expect(await backend.entries()).toEqual([[KEY, { deleted: 'interview', id: 'int-v2', deletedAt: '2026-03-03T15:30:00.000Z' }]]);
  });

  it('are stored under their own key, never in the record', async () => {
    const backend = memoryBackend([[KEY, newer()]]);
    await parkEdits(backend, KEY, [{ path: ['company'], value: 'x' }], 'Acme', new Date('2026-03-03T15:00:00Z'));
    expect((await backend.entries()).map(([key]) => key)).toEqual([KEY, parkedKey(KEY, new Date('2026-03-03T15:00:00Z'))]);
  });
});

describe('records an older copy of Nudge set aside because they were newer than it', () => {
  // What the last released build (schema version 2, b7de88e) stored when it met a version 3 record:
  // the record under `set-aside:<key>:<time>`, and its own key deleted.
  const REASON = 'It was saved by a newer version of Nudge (schema version 3); this version reads up to 2.';
  const aside = (key: string, raw: unknown, at: string): [string, unknown] => [`set-aside:${key}:${at}`, { key, reason: REASON, raw, at }];
  const v3 = () => ({ ...storedFixture('interview-v3'), company: 'Acme Logistics', role: 'Data Analyst' });
  const profile = { schemaVersion: 3, name: 'Nurul Aziz', email: 'nurul@example.com', mobile: '', dayStart: '08:00', dayEnd: '21:00' };

  it('are put back under their own key, as they were, and the person is told', async () => {
    const backend = memoryBackend([aside(KEY, v3(), '2026-03-02T09:00:00.000Z'), aside('profile', profile, '2026-03-02T09:00:00.000Z')]);
    const loaded = await loadRecords(backend, context());
    expect(Object.fromEntries(await backend.entries())).toEqual({ [KEY]: v3(), profile });
    expect(loaded.interviews.map((interview) => interview.company)).toEqual(['Acme Logistics']);
    expect(loaded.profile.name).toBe('Nurul Aziz');
    expect(loaded.setAside).toEqual([]);
    expect(loaded.notices).toEqual([
      'Acme Logistics — Data Analyst: an older copy of Nudge, open in another tab, had put this aside because it could not read it. It is back, as it was last saved.',
      'Your profile: an older copy of Nudge, open in another tab, had put this aside because it could not read it. It is back, as it was last saved.',
    ]);
  });

  it('the latest copy of one key is put back; an earlier one stays aside', async () => {
    const earlier = aside(KEY, { ...v3(), role: 'Analyst' }, '2026-03-01T09:00:00.000Z');
    const backend = memoryBackend([earlier, aside(KEY, v3(), '2026-03-02T09:00:00.000Z')]);
    const loaded = await loadRecords(backend, context());
    expect(loaded.interviews.map((interview) => interview.role)).toEqual(['Data Analyst']);
    expect(loaded.setAside.map((record) => record.key)).toEqual([earlier[0]]);
  });

  it('stay aside when something was saved under the key since, or it was deleted, or it cannot be read', async () => {
    const saved = { ...v3(), company: 'Saved since' };
    const marker = { deleted: 'interview', id: 'int-v2', deletedAt: '2026-03-03T15:30:00.000Z' };
    for (const [stored, raw] of [
      [saved, v3()],
      [marker, v3()],
      [undefined, 'not a record'],
    ] as const) {
      const kept = aside(KEY, raw, '2026-03-02T09:00:00.000Z');
      const backend = memoryBackend(stored === undefined ? [kept] : [[KEY, stored], kept]);
      const loaded = await loadRecords(backend, context());
      expect(loaded.setAside.map((record) => record.key)).toEqual([kept[0]]);
      expect((await backend.entries()).find(([key]) => key === KEY)?.[1]).toEqual(stored);
      expect(loaded.notices).toEqual([]);
    }
  });
});
