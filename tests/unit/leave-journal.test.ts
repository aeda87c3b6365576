import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryBackend } from '~/storage/backend';
import { clearLeavingWrites, journalLeavingWrite, replayLeavingWrites } from '~/storage/leave-journal';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const record = (company: string, updatedAt: string) => ({ id: 'a', company, updatedAt });
/** What another tab left behind as it closed, `ageMs` ago. */
function leftByAnotherTab(puts: [string, unknown][], ageMs = 0, deletes: string[] = []) {
  localStorage.setItem('nudge:leaving:other-tab', JSON.stringify({ puts, deletes, at: Date.now() - ageMs }));
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('replayLeavingWrites', () => {
  it('puts back a record a closing tab wrote that storage never got, then forgets the copy', async () => {
    const backend = memoryBackend();
    leftByAnotherTab([['interview:a', record('Acme', '2026-03-03T15:00:01Z')]]);
    expect(await replayLeavingWrites(backend)).toEqual(['interview:a']);
    expect(await backend.entries()).toEqual([['interview:a', record('Acme', '2026-03-03T15:00:01Z')]]);
    expect(localStorage.length).toBe(0);
  });

  it('replaces an older stored copy, and never a newer one', async () => {
    const backend = memoryBackend([
      ['interview:a', record('', '2026-03-03T15:00:00Z')],
      ['interview:b', { id: 'b', company: 'Edited later', updatedAt: '2026-03-03T16:00:00Z' }],
    ]);
    leftByAnotherTab([
      ['interview:a', record('Acme', '2026-03-03T15:00:01Z')],
      ['interview:b', { id: 'b', company: 'Stale', updatedAt: '2026-03-03T15:00:01Z' }],
    ]);
    expect(await replayLeavingWrites(backend)).toEqual(['interview:a']);
    const stored = Object.fromEntries(await backend.entries());
    expect(stored['interview:a']).toMatchObject({ company: 'Acme' });
    expect(stored['interview:b']).toMatchObject({ company: 'Edited later' });
  });

  it('drops a copy older than half a minute unread, so it cannot bring back what was deleted since', async () => {
    const backend = memoryBackend();
    leftByAnotherTab([['interview:a', record('Acme', '2026-03-03T15:00:01Z')]], 60_000);
    expect(await replayLeavingWrites(backend)).toEqual([]);
    expect(await backend.entries()).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('carries out deletions a closing tab made', async () => {
    const backend = memoryBackend([['interview:a', record('Acme', '2026-03-03T15:00:00Z')]]);
    leftByAnotherTab([], 0, ['interview:a']);
    await replayLeavingWrites(backend);
    expect(await backend.entries()).toEqual([]);
  });
});

describe('journalLeavingWrite and clearLeavingWrites', () => {
  it('keeps this tab’s copy under its own key until every copy is cleared', () => {
    journalLeavingWrite([['interview:a', record('Acme', 't')]], []);
    leftByAnotherTab([]);
    expect(localStorage.length).toBe(2);
    clearLeavingWrites();
    expect(localStorage.length).toBe(0);
  });

  it('never throws when localStorage is unavailable', async () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(() => journalLeavingWrite([], [])).not.toThrow();
    expect(() => clearLeavingWrites()).not.toThrow();
    expect(await replayLeavingWrites(memoryBackend())).toEqual([]);
  });
});
