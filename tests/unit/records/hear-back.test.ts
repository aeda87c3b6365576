import { describe, expect, it } from 'vitest';
import { latestHearBackBy } from '~/domain/records/hear-back';
import type { FollowUpState } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const done = (saidBy: string): FollowUpState => ({ status: 'done', saidBy });

describe('latestHearBackBy: the date a check-in is judged against', () => {
  it.each([
    ['the first date, when no check-in moved it', '2026-03-13', {}, '2026-03-13'],
    ['"They said: by" on a check-in marked done', '2026-03-13', { 'check-in-1': done('2026-03-27') }, '2026-03-27'],
    ['the latest of several', '2026-03-13', { 'check-in-1': done('2026-03-27'), 'check-in-2': done('2026-04-10') }, '2026-04-10'],
    ['a date given before the first one does not move it back', '2026-03-13', { 'check-in-1': done('2026-03-01') }, '2026-03-13'],
    ['a date on a check-in not marked done does not count', '2026-03-13', { 'check-in-1': { status: 'pending', saidBy: '2026-03-27' } }, '2026-03-13'],
    ['no date at first, one given later', '', { 'check-in-1': done('2026-03-27') }, '2026-03-27'],
    ['no date at all', '', { 'check-in-1': done('') }, ''],
    ['a date that does not exist is ignored', '2026-03-13', { 'check-in-1': done('2026-02-30') }, '2026-03-13'],
    ['half-typed text is ignored', '2026-03-1', { 'check-in-1': done('soon') }, ''],
  ] as const)('%s', (_, hearBackBy, followUps, latest) => {
    expect(latestHearBackBy(deepFreeze({ hearBackBy, followUps: followUps as Record<string, FollowUpState> }))).toBe(latest);
  });
});
