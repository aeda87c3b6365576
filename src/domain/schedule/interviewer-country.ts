/**
 * Whose public holidays apply: the country (and region) the person chose in
 * "Interviewer country", or, until they choose, the one their time zone
 * belongs to. The index of zones and names is built from `date-holidays` at
 * build time (see `src/integrations/holiday-data-slice.ts`) and passed in.
 */
import type { Interview } from '../records/model';

/** Country and region names, and each time zone's place (`SG`, `GB-ENG`). */
export interface PlaceIndex {
  countries: Readonly<Record<string, { name: string; regions: Readonly<Record<string, string>> }>>;
  zones: Readonly<Record<string, string>>;
}

/** A country and region whose holidays apply, and where they came from. */
export interface InterviewerPlace {
  /** ISO 3166 code, `''` when neither the person nor the zone says. */
  country: string;
  /** Region code within the country, `''` for the whole country. */
  region: string;
  /** True when it came from the time zone rather than the person's choice. */
  fromZone: boolean;
  /** "Singapore", "England"; `''` when unknown. */
  placeName: string;
}

const canonicalZones = new Map<string, string>();

/** The engine's own name for a zone, so that `Asia/Calcutta` and `Asia/Kolkata` match. */
function canonical(zone: string): string {
  let name = canonicalZones.get(zone);
  if (name === undefined) {
    try {
      name = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      name = zone;
    }
    canonicalZones.set(zone, name);
  }
  return name;
}

/**
 * The place a time zone belongs to, e.g. `{ country: 'SG', region: '' }`, or
 * blanks when the zone is not a country's (`UTC`) or not a zone at all.
 *
 * @example placeOfZone('Australia/Hobart', index) //=> { country: 'AU', region: 'TAS' }
 */
export function placeOfZone(zone: string, index: Pick<PlaceIndex, 'zones'>): { country: string; region: string } {
  let place: string | undefined = index.zones[zone];
  if (place === undefined && isGeographic(zone)) {
    // A zone the index names only by another name (`Asia/Calcutta`, `Asia/Kolkata`) is looked for among
    // all ~400, which makes a formatter for each (a long task on a phone): once per zone and page, as
    // every interview in the list asks again whenever its schedule is checked.
    let found = aliasPlaces.get(index.zones);
    if (!found) aliasPlaces.set(index.zones, (found = new Map()));
    if (!found.has(zone)) {
      const wanted = canonical(zone);
      found.set(zone, Object.entries(index.zones).find(([other]) => canonical(other) === wanted)?.[1]);
    }
    place = found.get(zone);
  }
  const [country = '', region = ''] = (place ?? '').split('-');
  return { country, region };
}

/**
 * `UTC`, `GMT` and `Etc/GMT+5` belong to no country: no need to look further (a browser set to UTC,
 * as privacy-minded ones are, would ask at every check). Old names such as `Singapore` still are.
 */
function isGeographic(zone: string): boolean {
  return zone !== '' && !/^(Etc\/.*|UTC|UCT|GMT([+-]0)?|GMT0|Greenwich|Universal|Zulu|Factory)$/i.test(zone);
}

/** Per index: the place of each zone it names only by another name (`undefined`: none). */
const aliasPlaces = new WeakMap<object, Map<string, string | undefined>>();

/**
 * The place whose holidays the schedule follows for `interview`.
 *
 * @example interviewerPlace({ interviewerCountry: '', interviewerRegion: '', timeZone: 'Asia/Singapore' }, index) //=> { country: 'SG', region: '', fromZone: true, placeName: 'Singapore' }
 */
export function interviewerPlace(
  interview: Pick<Interview, 'interviewerCountry' | 'interviewerRegion' | 'timeZone'>,
  index: PlaceIndex,
): InterviewerPlace {
  const chosen = interview.interviewerCountry.toUpperCase();
  const fromZone = chosen === '' || index.countries[chosen] === undefined;
  const { country, region } = fromZone
    ? placeOfZone(interview.timeZone, index)
    : { country: chosen, region: interview.interviewerRegion.toUpperCase() };
  const entry = index.countries[country];
  const knownRegion = entry?.regions[region] !== undefined ? region : '';
  return {
    country: entry ? country : '',
    region: knownRegion,
    fromZone,
    placeName: entry ? (knownRegion ? entry.regions[knownRegion]! : entry.name) : '',
  };
}
