import { describe, expect, test } from 'vitest';
import { TOMBSTONE_DAYS, isExpired, isTombstone, tombstoneFor } from '~/domain/records/tombstone';
import { deepFreeze } from '../support/deep-freeze';

const NOW = new Date('2026-03-03T15:00:00Z');

describe('tombstoneFor', () => {
  test('holds the id and the instant, and no text of the interview', () => {
    expect(tombstoneFor('a', NOW)).toEqual({ deleted: 'interview', id: 'a', deletedAt: '2026-03-03T15:00:00.000Z' });
  });
});

describe('isTombstone', () => {
  test.each<[string, unknown, boolean]>([
    ['a marker', tombstoneFor('a', NOW), true],
    ['an interview', { id: 'a', company: 'Acme', date: '2026-03-03' }, false],
    ['an interview with a field called deleted', { id: 'a', deleted: true, deletedAt: 'x' }, false],
    ['a marker without its date', { deleted: 'interview', id: 'a' }, false],
    ['an inherited "deleted"', Object.create({ deleted: 'interview', deletedAt: 'x' }), false],
    ['null', null, false],
    ['an array', ['interview'], false],
    ['a string', 'interview', false],
  ])('%s: %s', (_, value, expected) => {
    expect(isTombstone(value === null || typeof value !== 'object' ? value : deepFreeze(value))).toBe(expected);
  });
});

describe('isExpired', () => {
  const day = 86_400_000;
  test.each([
    ['deleted a moment ago', NOW.getTime(), false],
    ['deleted a day short of the limit', NOW.getTime() - (TOMBSTONE_DAYS - 1) * day, false],
    ['deleted exactly at the limit', NOW.getTime() - TOMBSTONE_DAYS * day, true],
    ['deleted long ago', NOW.getTime() - 400 * day, true],
  ])('%s: %s', (_, deletedAt, expected) => {
    expect(isExpired(deepFreeze(tombstoneFor('a', new Date(deletedAt))), NOW)).toBe(expected);
  });

  test('an unreadable date counts as old, so a damaged marker does not stay for ever', () => {
    expect(isExpired({ deleted: 'interview', id: 'a', deletedAt: 'not a date' }, NOW)).toBe(true);
  });
});
