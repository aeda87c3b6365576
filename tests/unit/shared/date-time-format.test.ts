import { describe, expect, test } from 'vitest';
import { dateTimeFormat, isKnownZoneName } from '~/domain/shared/date-time-format';
import { deepFreeze } from '../support/deep-freeze';

const INSTANT = new Date('2026-03-03T15:00:00Z');

describe('dateTimeFormat', () => {
  test.each<[string, Intl.DateTimeFormatOptions, string]>([
    ['en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }, '15:00'],
    ['en-GB', { timeZone: 'Asia/Singapore', hour: '2-digit', minute: '2-digit' }, '23:00'],
    ['en-US', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }, 'Tuesday, March 3'],
  ])('%s %j formats as a new formatter would', (locale, options, expected) => {
    expect(dateTimeFormat(locale, deepFreeze(options)).format(INSTANT)).toBe(expected);
    expect(dateTimeFormat(locale, options).format(INSTANT)).toBe(new Intl.DateTimeFormat(locale, options).format(INSTANT));
  });

  test('is made once per locale and options, and reused', () => {
    const options = { timeZone: 'Europe/Berlin', hour: 'numeric' } as const;
    expect(dateTimeFormat('de', options)).toBe(dateTimeFormat('de', { ...options }));
    expect(dateTimeFormat('de', options)).not.toBe(dateTimeFormat('fr', options));
  });

  test('an unknown zone throws as Intl does, every time (nothing cached)', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('isKnownZoneName', () => {
  test.each([
    ['Asia/Singapore', true],
    ['Europe/London', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('%j: %s', (name, expected) => {
    expect(isKnownZoneName(name)).toBe(expected);
    expect(isKnownZoneName(name)).toBe(expected);
  });
});
