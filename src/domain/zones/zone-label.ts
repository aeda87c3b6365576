/**
 * A time zone as the zone field shows it: "London (United Kingdom), GMT",
 * never an IANA id.
 */
import { zoneCity, zoneClockName, zoneOffsetName } from '../shared/zone-city';
import { countryName } from './country-name';
import type { ZoneTable } from './zone-table';

const countriesOf = new WeakMap<ZoneTable, Map<string, string>>();

/**
 * The country a zone belongs to, by the table (`Asia/Calcutta` and
 * `Asia/Kolkata` alike), or `''` (UTC, or not a zone).
 *
 * @example zoneCountry('Asia/Kuching', table) //=> 'MY'
 */
export function zoneCountry(zone: string, table: ZoneTable): string {
  let countries = countriesOf.get(table);
  if (!countries) {
    countries = new Map(table.flatMap((row) => [row.zone, ...row.aliases].map((name) => [name.toLowerCase(), row.country] as const)));
    countriesOf.set(table, countries);
  }
  return countries.get(zone.toLowerCase()) ?? '';
}

/**
 * "City (Country), offset at `at`": the name a zone goes by in the zone field.
 * A zone of no place is its offset ("UTC", "GMT+8"); a name that is not a
 * zone comes back as it is.
 *
 * @example zoneLabel('Europe/London', table, new Date('2026-12-08T12:00:00Z')) //=> 'London (United Kingdom), GMT'
 * @example zoneLabel('Asia/Kuala_Lumpur', table, new Date('2026-12-08T12:00:00Z')) //=> 'Kuala Lumpur (Malaysia), GMT+8'
 */
export function zoneLabel(zone: string, table: ZoneTable, at: Date): string {
  const offset = zoneOffsetName(zone, at);
  if (offset === '') return zone;
  const city = zoneCity(zone);
  if (city === '') return zoneClockName(zone, at);
  const country = countryName(zoneCountry(zone, table));
  // Singapore (Singapore): the country once is enough.
  return `${city}${country && country !== city ? ` (${country})` : ''}, ${offset}`;
}
