/**
 * Build-time helpers for `holiday-data.ts`: one country's slice of the
 * `date-holidays` data, and the index of names and time zones. Pure, so they
 * are unit-tested against the whole file (tests/unit/integrations/).
 */

/** One country, state or region entry as `date-holidays` stores it. */
interface PlaceData {
  name?: string;
  names?: Record<string, string>;
  zones?: string[];
  states?: Record<string, PlaceData>;
  [key: string]: unknown;
}

/** The whole `holidays.json` of `date-holidays`. */
export interface FullHolidayData {
  version: string;
  license: string;
  holidays: Record<string, PlaceData>;
  names: Record<string, unknown>;
}

/** Country names and regions by code, and the place of each time zone. */
export interface HolidayIndex {
  /** `{ GB: { name: 'United Kingdom', regions: { ENG: 'England', … } } }` */
  countries: Record<string, { name: string; regions: Record<string, string> }>;
  /** `{ 'Asia/Singapore': 'SG', 'Australia/Hobart': 'AU-TAS' }`: country, and region when the zone names one. */
  zones: Record<string, string>;
}

/**
 * Zones that `date-holidays` lists under several countries (one zone serves
 * neighbours with the same clock): the country of the city the zone is named
 * after. And London, which is in England: the UK's regions keep different
 * bank holidays, and the person can choose Scotland or Northern Ireland.
 */
const ZONE_OVERRIDES: Readonly<Record<string, string>> = {
  'Africa/Abidjan': 'CI', 'Africa/Johannesburg': 'ZA', 'Africa/Lagos': 'NG', 'Africa/Maputo': 'MZ',
  'Africa/Nairobi': 'KE', 'America/Curacao': 'CW', 'America/Panama': 'PA', 'America/Port_of_Spain': 'TT',
  'Asia/Bangkok': 'TH', 'Atlantic/Canary': 'ES-CN', 'Europe/Belgrade': 'RS', 'Europe/Helsinki': 'FI',
  'Europe/Oslo': 'NO', 'Europe/Rome': 'IT', 'Europe/Zurich': 'CH',
  'Europe/London': 'GB-ENG', 'Europe/Belfast': 'GB-NIR',
};

function englishName(place: PlaceData, fallback: string): string {
  return place.names?.en ?? place.name ?? Object.values(place.names ?? {})[0] ?? fallback;
}

/**
 * The index the planner loads to name countries and regions and to guess the
 * interviewer's country from their time zone.
 *
 * @example holidayIndex(data).zones['Asia/Singapore'] //=> 'SG'
 */
export function holidayIndex(full: FullHolidayData): HolidayIndex {
  const countries: HolidayIndex['countries'] = {};
  const owners = new Map<string, Set<string>>();
  const regionOwners = new Map<string, Set<string>>();
  for (const [code, country] of Object.entries(full.holidays)) {
    const regions = Object.fromEntries(Object.entries(country.states ?? {}).map(([region, state]) => [region, englishName(state, region)]));
    countries[code] = { name: englishName(country, code), regions };
    for (const zone of country.zones ?? []) owners.set(zone, new Set([...(owners.get(zone) ?? []), code]));
    for (const [region, state] of Object.entries(country.states ?? {})) {
      for (const zone of state.zones ?? []) regionOwners.set(zone, new Set([...(regionOwners.get(zone) ?? []), `${code}-${region}`]));
    }
  }
  const zones: Record<string, string> = {};
  for (const [zone, codes] of owners) {
    if (codes.size !== 1) continue;
    const [country] = codes as unknown as [string];
    const regions = [...(regionOwners.get(zone) ?? [])].filter((place) => place.startsWith(`${country}-`));
    zones[zone] = regions.length === 1 ? regions[0]! : country;
  }
  return { countries, zones: { ...zones, ...ZONE_OVERRIDES } };
}

/**
 * The part of the data that `date-holidays-parser` needs for `code`: that
 * country, any country its rules borrow from (`_days`, e.g. Guam from the
 * US), and only the shared holiday names their rules refer to (`_name`).
 *
 * @example Object.keys(sliceHolidayData(data, 'GU').holidays) //=> ['GU', 'US']
 */
export function sliceHolidayData(full: FullHolidayData, code: string): FullHolidayData {
  const holidays: Record<string, PlaceData> = {};
  const names: Record<string, unknown> = { substitutes: full.names.substitutes };
  const add = (country: string) => {
    const place = full.holidays[country];
    if (!place || holidays[country]) return;
    holidays[country] = place;
    walk(place, (key, value) => {
      if (key === '_name' && typeof value === 'string' && full.names[value] !== undefined) names[value] = full.names[value];
      if (key === '_days') add(Array.isArray(value) ? String(value[0]) : String(value));
    });
  };
  add(code);
  return { version: full.version, license: full.license, holidays, names };
}

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    visit(key, child);
    walk(child, visit);
  }
}
