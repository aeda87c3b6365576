/**
 * The zone field's table (`domain/zones/zone-table.ts`), cut at build time
 * from `@vvo/tzdb`, which compiles IANA's zones every day with each group's
 * country and largest cities (GeoNames). Only what the search reads is kept:
 * a zone's IANA name, its country, its cities and the other IANA names on
 * the same clock (about 9 KB gzipped, against 21 KB for the package's file).
 *
 *   virtual:nudge/zone-table      { rows: [zone, country, 'City|City', 'Alias|Alias'][] }
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

export const ZONE_TABLE_ID = 'virtual:nudge/zone-table';

/** The fields of `@vvo/tzdb/raw-time-zones.json` read here. */
interface RawTimeZone {
  name: string;
  group: string[];
  countryCode: string;
  mainCities: string[];
}

/**
 * The packed rows: one per zone group. Aliases keep only names with a place in
 * them (`Asia/Kuching`, `Asia/Calcutta`), not `GB` or `US/Eastern`, and only
 * those the engine knows.
 */
export function packZoneTable(raw: readonly RawTimeZone[], known: (zone: string) => boolean): [string, string, string, string][] {
  return raw.map((entry) => [
    entry.name,
    entry.countryCode,
    entry.mainCities.join('|'),
    entry.group.filter((zone) => zone !== entry.name && /^[A-Z][a-z]+\/[A-Za-z_/-]+$/.test(zone) && !zone.startsWith('US/') && known(zone)).join('|'),
  ]);
}

function knownToEngine(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The Vite plugin; add it to `vite.plugins` (Astro) and to Vitest's config. */
export default function zoneTable(): Plugin {
  return {
    name: 'nudge-zone-table',
    resolveId(id) {
      return id === ZONE_TABLE_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${ZONE_TABLE_ID}`) return undefined;
      const raw = createRequire(import.meta.url)('@vvo/tzdb/raw-time-zones.json') as RawTimeZone[];
      return `export const rows = ${JSON.stringify(packZoneTable(raw, knownToEngine))};`;
    },
  };
}
