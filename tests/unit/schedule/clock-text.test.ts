import { describe, expect, test } from 'vitest';
import { clockText } from '~/domain/schedule/clock-text';

// 00:30 UTC on Wednesday 25 November 2026: 08:30 in Kuala Lumpur, 00:30 in London.
const AT = new Date('2026-11-25T00:30:00Z');

describe('clockText: one name for each clock, on the page and in the calendar', () => {
  test.each([
    ['Asia/Kuala_Lumpur', 'en-GB', 'Wed, 25 Nov 2026, 08:30 Kuala Lumpur time'],
    ['Asia/Kuala_Lumpur', 'en-MY', 'Wed, 25 Nov 2026, 8:30 am Kuala Lumpur time'],
    ['Asia/Kuala_Lumpur', 'en-US', 'Wed, Nov 25, 2026, 8:30 AM Kuala Lumpur time'],
    ['Europe/London', 'en-GB', 'Wed, 25 Nov 2026, 00:30 London time'],
    ['Etc/GMT-8', 'en-GB', 'Wed, 25 Nov 2026, 08:30 GMT+8'],
    ['UTC', 'en-GB', 'Wed, 25 Nov 2026, 00:30 UTC'],
  ])('%s in %s', (zone, locale, text) => {
    expect(clockText(AT, zone, locale)).toBe(text);
  });
});
