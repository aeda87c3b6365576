import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTombstone } from '~/domain/records/tombstone';
import { memoryBackend, type Backend } from '~/storage/backend';
import { loadRecords } from '~/storage/load-records';
import { createSaveQueue, type SaveQueueOptions } from '~/storage/save-queue';
import { context, fakePage, storedFixture, withFieldsFromANewerBuild } from './support';

const KEY = 'interview:int-v2';

function queueOver(backend: Backend, current: (key: string) => unknown, overrides: Partial<SaveQueueOptions> = {}) {
  return createSaveQueue({
    backend: () => backend,
    delayMs: 60_000,
    current,
    stamp: (record) => ({ ...(record as object), updatedAt: '2026-03-03T15:30:00.000Z' }),
    onState: () => {},
    onWritten: () => {},
    isDeleted: isTombstone,
    onDeletedElsewhere: () => {},
    onNewer: () => {},
    ...overrides,
  });
}

async function stored(backend: Backend, key = KEY): Promise<Record<string, any>> {
  return Object.fromEntries(await backend.entries())[key] as Record<string, any>;
}

let page: ReturnType<typeof fakePage> | undefined;
afterEach(() => page?.restore());

describe('the save queue keeps fields this version does not know', () => {
  // Loaded as the planner loads, so the fields are noted and the reading code is at hand.
  async function loaded() {
    const backend = memoryBackend([[KEY, withFieldsFromANewerBuild()]]);
    const records = await loadRecords(backend, context());
    return { backend, interview: records.interviews[0]! };
  }

  it.each([
    { name: 'a field of the interview', patch: { path: ['company'], value: 'Kopi Labs Pte Ltd' } },
    { name: 'a field of a contact', patch: { path: ['interviewers', 0, 'name'], value: 'Chen Wei' } },
    { name: 'a whole contact (a card read over it)', patch: { path: ['interviewers', 0], value: { id: 'p-1', contactRole: 'interviewer', name: 'Chen Wei', title: '', email: '', phone: '', address: '', links: [] } } },
    { name: 'the whole contact list (one added)', patch: { path: ['interviewers'], value: 'ADD' } },
    { name: 'a whole follow-up state (marked done)', patch: { path: ['followUps', 'thank-you:p-1'], value: { status: 'done', saidBy: '' } } },
    { name: 'the whole record (an invitation undone)', patch: { path: [], value: 'WHOLE' } },
  ])('through an edit of $name', async ({ patch }) => {
    const { backend, interview } = await loaded();
    const value =
      patch.value === 'ADD'
        ? [...interview.interviewers, { id: 'p-3', contactRole: 'coordinator', name: 'Sam', title: '', email: '', phone: '', address: '', links: [] }]
        : patch.value === 'WHOLE'
          ? { ...interview, role: 'Staff engineer' }
          : patch.value;
    const queue = queueOver(backend, () => interview);
    queue.patch(KEY, { path: patch.path, value });
    await queue.flush();
    const record = await stored(backend);
    expect(record.priority).toBe('high');
    expect(record.interviewers[0].pronouns).toBe('he/him');
    expect(record.followUps['thank-you:p-1'].sentVia).toBe('email');
  });

  it('through the write a closing page makes of its whole copy', async () => {
    page = fakePage();
    const { backend, interview } = await loaded();
    const edited = { ...interview, notes: { ...interview.notes, learned: 'Typed just before closing' } };
    const queue = queueOver(backend, () => edited);
    queue.patch(KEY, { path: ['notes', 'learned'], value: 'Typed just before closing' });
    page.fire('pagehide');
    await vi.waitFor(async () => expect((await stored(backend)).notes.learned).toBe('Typed just before closing'));
    const record = await stored(backend);
    expect(record.priority).toBe('high');
    expect(record.interviewers[0].pronouns).toBe('he/him');
    expect(record.followUps['thank-you:p-1'].sentVia).toBe('email');
  });

  it('takes the latest value another tab stored for such a field, not the one first read', async () => {
    const { backend, interview } = await loaded();
    await backend.update(KEY, (record) => ({ ...(record as object), priority: 'low' }));
    const queue = queueOver(backend, () => interview);
    queue.patch(KEY, { path: [], value: { ...interview, role: 'Staff engineer' } });
    await queue.flush();
    expect((await stored(backend)).priority).toBe('low');
  });

  it('rebuilds them with the record when the database was deleted meanwhile', async () => {
    const { backend, interview } = await loaded();
    await backend.clear();
    const queue = queueOver(backend, () => interview);
    queue.patch(KEY, { path: ['role'], value: 'Staff engineer' });
    await queue.flush();
    expect(await stored(backend)).toMatchObject({ role: 'Staff engineer', priority: 'high' });
  });
});

describe('the save queue never writes over a record a newer version saved', () => {
  const newer = () => ({ ...storedFixture('interview-v3'), schemaVersion: 4, company: 'Saved by version 4', reminders: [{ at: '2026-03-10' }] });

  it.each([
    { name: 'an edit', act: (queue: ReturnType<typeof queueOver>) => queue.patch(KEY, { path: ['company'], value: 'Old tab' }) },
    { name: 'a whole record', act: (queue: ReturnType<typeof queueOver>) => queue.patch(KEY, { path: [], value: { ...storedFixture('interview-v3'), company: 'Old tab' } }) },
    { name: 'a restore', act: (queue: ReturnType<typeof queueOver>) => queue.restore(KEY, { ...storedFixture('interview-v3'), company: 'Old tab' }) },
    { name: 'a deletion', act: (queue: ReturnType<typeof queueOver>) => queue.remove(KEY, { deleted: 'interview', id: 'int-v2', deletedAt: '2026-03-03T15:00:00.000Z' }) },
  ])('$name is not written, and its edits go back to the page', async ({ act }) => {
    const backend = memoryBackend([[KEY, newer()]]);
    const before = JSON.stringify(await backend.entries());
    const onNewer = vi.fn();
    const onWritten = vi.fn();
    const queue = queueOver(backend, () => storedFixture('interview-v3'), { onNewer, onWritten });
    act(queue);
    await queue.flush();
    expect(JSON.stringify(await backend.entries())).toBe(before);
    expect(onWritten).not.toHaveBeenCalled();
    expect(onNewer).toHaveBeenCalledTimes(1);
    expect(onNewer.mock.calls[0]![0]).toBe(KEY);
  });

  it('hands back exactly the edits it did not write', async () => {
    const backend = memoryBackend([[KEY, newer()]]);
    const onNewer = vi.fn();
    const queue = queueOver(backend, () => storedFixture('interview-v3'), { onNewer });
    queue.patch(KEY, { path: ['company'], value: 'Old tab' });
    queue.patch(KEY, { path: ['notes', 'learned'], value: 'Typed here' });
    await queue.flush();
    expect(onNewer).toHaveBeenCalledWith(KEY, [
      { path: ['company'], value: 'Old tab' },
      { path: ['notes', 'learned'], value: 'Typed here' },
    ]);
  });

  it('drops what it was told to discard, so the write of a closing page does not cover it either', async () => {
    page = fakePage();
    const backend = memoryBackend([[KEY, newer()]]);
    const before = JSON.stringify(await backend.entries());
    const queue = queueOver(backend, () => storedFixture('interview-v3'));
    queue.patch(KEY, { path: ['company'], value: 'Old tab' });
    queue.discard(KEY);
    page.fire('pagehide');
    await queue.flush();
    expect(JSON.stringify(await backend.entries())).toBe(before);
    expect(queue.pendingPatches(KEY)).toEqual([]);
  });
});
