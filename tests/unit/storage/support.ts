/**
 * Helpers for the storage tests: records as a tab of another version left
 * them, and a page whose `pagehide` can be fired by hand.
 */
import { readFileSync } from 'node:fs';

/** A fixture record, parsed as storage hands it back. */
export function storedFixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/records/${name}.json`, import.meta.url), 'utf8'));
}

/** The version 3 fixture as a later build of version 3 saved it, with fields this build does not know on the interview and a contact. */
export function withFieldsFromANewerBuild(): Record<string, any> {
  const raw = storedFixture('interview-v3');
  return {
    ...raw,
    priority: 'high',
    interviewers: [{ ...raw.interviewers[0], pronouns: 'he/him' }, raw.interviewers[1]],
    followUps: { ...raw.followUps, 'thank-you:p-1': { ...raw.followUps['thank-you:p-1'], sentVia: 'email' } },
  };
}

export const context = () => ({ timeZone: 'Europe/London', now: new Date('2026-03-03T15:00:00.000Z'), newId: () => 'new-1' });

type Listener = (event?: unknown) => void;

/**
 * Gives Node the page events the save queue listens for, so a test can fire
 * `pagehide` (the close-time write). Call before creating the queue.
 */
export function fakePage(): { fire(type: string): void; restore(): void } {
  const listeners = new Map<string, Listener[]>();
  const scope = globalThis as Record<string, unknown>;
  scope.addEventListener = (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  return {
    fire: (type) => listeners.get(type)?.forEach((listener) => listener()),
    restore: () => delete scope.addEventListener,
  };
}
