import { describe, expect, test } from 'vitest';
import { zoneCity, zoneClockName, zoneOffsetName } from '~/domain/shared/zone-city';

const DECEMBER = new Date('2026-12-08T12:00:00Z');
const JULY = new Date('2026-07-01T12:00:00Z');

describe('zoneCity', () => {
  test.each([
    ['Europe/London', 'London'],
    ['Asia/Kuala_Lumpur', 'Kuala Lumpur'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['Asia/Calcutta', 'Kolkata'],
    ['Asia/Kolkata', 'Kolkata'],
    ['Asia/Saigon', 'Ho Chi Minh City'],
    ['Asia/Ho_Chi_Minh', 'Ho Chi Minh City'],
    ['Europe/Kiev', 'Kyiv'],
    ['Etc/GMT-8', ''],
    ['UTC', ''],
    ['EST5EDT', ''],
  ])('%s is named for %j', (zone, city) => {
    expect(zoneCity(zone)).toBe(city);
  });
});

describe('zoneOffsetName', () => {
  test.each([
    ['Europe/London', DECEMBER, 'GMT'],
    ['Europe/London', JULY, 'GMT+1'],
    ['Asia/Kuala_Lumpur', DECEMBER, 'GMT+8'],
    ['Asia/Kolkata', DECEMBER, 'GMT+5:30'],
    ['America/New_York', DECEMBER, 'GMT-5'],
    ['Mars/Olympus', DECEMBER, ''],
  ])('%s at %s is %j, whatever the browser locale', (zone, at, name) => {
    expect(zoneOffsetName(zone, at)).toBe(name);
  });
});

describe('zoneClockName', () => {
  test.each([
    ['Asia/Kuala_Lumpur', 'Kuala Lumpur'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT-8', 'GMT+8'],
  ])('a time on the clock of %s is named %j', (zone, name) => {
    expect(zoneClockName(zone, DECEMBER)).toBe(name);
  });
});
