import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { packZoneTable } from '~/integrations/zone-table';
import { exactZone, searchZones } from '~/domain/zones/search-zones';
import { PLACE_NICKNAMES } from '~/domain/zones/place-nicknames';
import { loadZoneTable, unpackZoneTable } from '~/domain/zones/zone-table';
import { zoneCountry, zoneLabel } from '~/domain/zones/zone-label';
import { deepFreeze } from '../support/deep-freeze';

const table = await loadZoneTable();
const DECEMBER = new Date('2026-12-08T12:00:00Z');

describe('searchZones: the names people type', () => {
  test.each([
    ['London', 'Europe/London'],
    ['london', 'Europe/London'],
    ['UK', 'Europe/London'],
    ['United Kingdom', 'Europe/London'],
    ['Kuala Lumpur', 'Asia/Kuala_Lumpur'],
    ['kuala lumpur ', 'Asia/Kuala_Lumpur'],
    ['KL', 'Asia/Kuala_Lumpur'],
    ['Malaysia', 'Asia/Kuala_Lumpur'],
    ['New York', 'America/New_York'],
    ['NYC', 'America/New_York'],
    ['Bengaluru', 'Asia/Kolkata'],
    ['Bangalore', 'Asia/Kolkata'],
    ['Mumbai', 'Asia/Kolkata'],
    ['Ho Chi Minh City', 'Asia/Ho_Chi_Minh'],
    ['Saigon', 'Asia/Ho_Chi_Minh'],
    ['Hanoi', 'Asia/Ho_Chi_Minh'],
    ['Dubai', 'Asia/Dubai'],
    ['Abu Dhabi', 'Asia/Dubai'],
    ['Singapore', 'Asia/Singapore'],
    ['Europe/London', 'Europe/London'],
    ['asia/kuala_lumpur', 'Asia/Kuala_Lumpur'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['Kuching', 'Asia/Kuching'],
  ])('%j finds %s first', (query, zone) => {
    expect(searchZones(query, table)[0]?.zone).toBe(zone);
  });

  test('the start of a name is enough, and says what it matched', () => {
    expect(searchZones('Kuala', table)[0]).toEqual({ zone: 'Asia/Kuala_Lumpur', matched: 'Kuala Lumpur', score: 2 });
    expect(searchZones('lumpur', table)[0]).toEqual({ zone: 'Asia/Kuala_Lumpur', matched: 'Kuala Lumpur', score: 1 });
    expect(searchZones('Bengal', table)[0]).toMatchObject({ zone: 'Asia/Kolkata', matched: 'Bengaluru' });
  });

  test('a country with several zones gives each of them, once', () => {
    const zones = searchZones('USA', table, 20).map((match) => match.zone);
    expect(zones).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']));
    expect(new Set(zones).size).toBe(zones.length);
  });

  test('accents and punctuation do not matter', () => {
    expect(searchZones('Hyderabad', table)[0]?.zone).toBe('Asia/Kolkata');
    expect(searchZones('sao paulo', table)[0]?.zone).toBe('America/Sao_Paulo');
  });

  test('nothing is found for nothing, or for a made-up place', () => {
    expect(searchZones('', table)).toEqual([]);
    expect(searchZones('   ', table)).toEqual([]);
    expect(searchZones('Mars/Olympus', table)).toEqual([]);
    expect(searchZones('Atlantis', table)).toEqual([]);
  });

  test('at most `limit` matches', () => {
    expect(searchZones('a', table, 5)).toHaveLength(5);
  });

  test('the table is not changed', () => {
    const frozen = deepFreeze(structuredClone(table));
    expect(() => searchZones('London', frozen)).not.toThrow();
  });
});

describe('exactZone: a name that means one zone', () => {
  test.each([
    ['London', 'Europe/London'],
    ['uk', 'Europe/London'],
    ['KL', 'Asia/Kuala_Lumpur'],
    ['Bengaluru', 'Asia/Kolkata'],
    ['Europe/London', 'Europe/London'],
    ['USA', undefined],
    ['Lon', undefined],
    ['Atlantis', undefined],
  ])('%j → %s', (query, zone) => {
    expect(exactZone(query, table)).toBe(zone);
  });
});

describe('zoneLabel: a zone as the field shows it', () => {
  test.each([
    ['Europe/London', 'London (United Kingdom), GMT'],
    ['Asia/Kuala_Lumpur', 'Kuala Lumpur (Malaysia), GMT+8'],
    ['America/New_York', 'New York (United States), GMT-5'],
    ['Asia/Kolkata', 'Kolkata (India), GMT+5:30'],
    ['Asia/Calcutta', 'Kolkata (India), GMT+5:30'],
    ['Asia/Singapore', 'Singapore, GMT+8'],
    ['Asia/Dubai', 'Dubai (United Arab Emirates), GMT+4'],
    ['UTC', 'UTC'],
    ['Etc/GMT-8', 'GMT+8'],
    ['Mars/Olympus', 'Mars/Olympus'],
  ])('%s is %j', (zone, label) => {
    expect(zoneLabel(zone, table, DECEMBER)).toBe(label);
  });

  test('a zone of a group has the group’s country', () => {
    expect(zoneCountry('Asia/Kuching', table)).toBe('MY');
    expect(zoneCountry('asia/calcutta', table)).toBe('IN');
  });
});

describe('the table', () => {
  test('knows every zone the engine knows, by name or by alias', () => {
    const known = new Set(table.flatMap((row) => [row.zone, ...row.aliases]));
    const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    const knownCanonical = new Set([...known].map(canonical));
    const missing = Intl.supportedValuesOf('timeZone').filter((zone) => !known.has(zone) && !knownCanonical.has(canonical(zone)) && zone !== 'UTC');
    expect(missing).toEqual([]);
  });

  test('every nickname points at a zone or country of the table', () => {
    const zones = new Set(table.flatMap((row) => [row.zone, ...row.aliases]));
    const countries = new Set(table.map((row) => row.country));
    for (const [nickname, target] of Object.entries(PLACE_NICKNAMES)) {
      if ('zone' in target) expect(zones.has(target.zone), nickname).toBe(true);
      else expect(countries.has(target.country), nickname).toBe(true);
    }
  });

  test('packs only what the search reads, and unpacks to the same', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../node_modules/@vvo/tzdb/raw-time-zones.json', import.meta.url), 'utf8'));
    const packed = packZoneTable(raw, () => true);
    const london = unpackZoneTable(packed).find((row) => row.zone === 'Europe/London');
    expect(london).toEqual({ zone: 'Europe/London', country: 'GB', cities: ['London', 'Birmingham', 'Glasgow', 'Manchester'], aliases: ['Europe/Belfast'] });
  });
});
