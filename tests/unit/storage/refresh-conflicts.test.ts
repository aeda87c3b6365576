import { describe, expect, it } from 'vitest';
import { findConflicts } from '~/domain/records/edit-conflicts';
import type { Interview } from '~/domain/records/model';
import { withOwnEdit } from '~/domain/records/own-edits';
import { isTombstone } from '~/domain/records/tombstone';
import { memoryBackend, type Backend } from '~/storage/backend';
import { refreshRecords, unsavedDuringRead, type Unsaved } from '~/storage/refresh-records';
import { createSaveQueue } from '~/storage/save-queue';
import { context, storedFixture } from './support';

const KEY = 'interview:int-v2';

/**
 * A backend whose reads see storage as it was when they were asked for (as an
 * IndexedDB transaction does) but answer only when the test says: a slow
 * machine, where a write can land between a read and its answer.
 */
function slowReads(backend: Backend) {
  const waiting: (() => void)[] = [];
  const held = <T>(read: Promise<T>) => read.then((value) => new Promise<T>((resolve) => waiting.push(() => resolve(value))));
  const slow: Backend = {
    ...backend,
    entriesWithPrefixes: (prefixes) => held(backend.entriesWithPrefixes(prefixes)),
    getMany: (keys) => held(backend.getMany(keys)),
  };
  const readsWaiting = async () => {
    while (waiting.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { backend: slow, answer: async () => (await readsWaiting(), waiting.splice(0).forEach((resolve) => resolve())) };
}

/** One tab: its save queue, its copy of the record, and the edits it remembers. */
function oneTab() {
  const stored = storedFixture('interview-v3') as Interview;
  const store = memoryBackend([[KEY, stored]]);
  const { backend, answer } = slowReads(store);
  const queue = createSaveQueue({
    backend: () => store,
    delayMs: 60_000,
    current: () => stored,
    stamp: (record) => record,
    onState: () => {},
    onWritten: () => {},
    isDeleted: isTombstone,
    onDeletedElsewhere: () => {},
    onNewer: () => {},
  });
  let ownEdits = withOwnEdit(undefined, ['company'], 'Kopi Labs');
  const type = (value: string) => {
    ownEdits = withOwnEdit(ownEdits, ['company'], value);
    queue.patch(KEY, { path: ['company'], value });
  };
  const reread = (unsaved: Unsaved) => refreshRecords(backend, [KEY], unsaved, { profile: null as never, interviews: [stored] }, context());
  const conflictsIn = (record: Interview) => findConflicts(KEY, [...ownEdits.values()], record);
  return { queue, type, reread, answer, conflictsIn };
}

describe('a tab never takes its own save for another tab’s, whatever the timing', () => {
  it('reproduced: laying over only what was unsaved before and after the read misses an edit typed and saved while the read was answered', async () => {
    const tab = oneTab();
    const before = tab.queue.pendingSnapshot();
    const rereading = tab.reread({ patches: (key) => [...(before.get(key) ?? []), ...tab.queue.pendingPatches(key)], deleting: () => false });
    tab.type('Kopi Labs Pte Ltd');
    await tab.queue.flush();
    await tab.answer();
    const { interviews } = await rereading;
    // The false notice: "Another tab saved different text here", with one tab.
    expect(tab.conflictsIn(interviews[0]!)).toHaveLength(1);
  });

  it.each([
    { when: 'typed and saved while the read was being answered', typeAt: 'during', flushAt: 'during' },
    { when: 'typed before the read and saved while it was answered', typeAt: 'before', flushAt: 'during' },
    { when: 'typed while the read was answered and saved after', typeAt: 'during', flushAt: 'after' },
    { when: 'typed and saved before the read', typeAt: 'before', flushAt: 'before' },
  ])('an edit $when', async ({ typeAt, flushAt }) => {
    const tab = oneTab();
    if (typeAt === 'before') tab.type('Kopi Labs Pte Ltd');
    if (flushAt === 'before') await tab.queue.flush();
    const unsaved = unsavedDuringRead(tab.queue);
    const rereading = tab.reread(unsaved);
    if (typeAt === 'during') tab.type('Kopi Labs Pte Ltd');
    if (flushAt === 'during') await tab.queue.flush();
    await tab.answer();
    const { interviews } = await rereading;
    if (flushAt === 'after') await tab.queue.flush();
    unsaved.stop();
    expect(interviews[0]!.company).toBe('Kopi Labs Pte Ltd');
    expect(tab.conflictsIn(interviews[0]!)).toEqual([]);
  });

  it('stops noting writes once the re-read is done', async () => {
    const tab = oneTab();
    const unsaved = unsavedDuringRead(tab.queue);
    unsaved.stop();
    tab.type('Kopi Labs Pte Ltd');
    await tab.queue.flush();
    expect(unsaved.patches(KEY)).toEqual([]);
  });
});
