/**
 * The table of time zones the zone field searches: every zone IANA keeps,
 * with its country and the cities people know it by. It comes from the
 * maintained `@vvo/tzdb` package (IANA's zones grouped by country and clock,
 * with each group's four largest cities from GeoNames), cut at build time by
 * `src/integrations/zone-table.ts` and fetched only when a zone field is used.
 */

/** One zone, as `@vvo/tzdb` groups it. */
export interface ZoneRow {
  /** IANA name, the one saved: `Asia/Kolkata`. */
  zone: string;
  /** ISO 3166 country code: `IN`. */
  country: string;
  /** Its largest cities, largest first: `['Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad']`. */
  cities: readonly string[];
  /** Other IANA names on the same clock in the same country: `['Asia/Calcutta']`. */
  aliases: readonly string[];
}

export type ZoneTable = readonly ZoneRow[];

/** The table as the build writes it: `[zone, country, cities joined by |, aliases joined by |]`. */
export type PackedZoneRow = readonly [string, string, string, string];

/**
 * The table from its packed form (see `PackedZoneRow`).
 *
 * @example unpackZoneTable([['Europe/London', 'GB', 'London|Birmingham', 'Europe/Belfast']])[0].cities //=> ['London', 'Birmingham']
 */
export function unpackZoneTable(rows: readonly PackedZoneRow[]): ZoneTable {
  const split = (text: string) => (text === '' ? [] : text.split('|'));
  return rows.map(([zone, country, cities, aliases]) => ({ zone, country, cities: split(cities), aliases: split(aliases) }));
}

let loading: Promise<ZoneTable> | undefined;

/**
 * The zone table (about 9 KB gzipped), fetched once per page when a zone
 * field is first used; never on a first visit. A failed fetch is tried again
 * next time.
 *
 * @example (await loadZoneTable()).find((row) => row.zone === 'Asia/Kuala_Lumpur')?.country //=> 'MY'
 */
export function loadZoneTable(): Promise<ZoneTable> {
  loading ??= import('virtual:nudge/zone-table').then(({ rows }) => unpackZoneTable(rows));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
