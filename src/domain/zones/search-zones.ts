/**
 * Finding a time zone by the names people type: a city ("London", "Kuala
 * Lumpur", "Bengaluru"), a country ("UK", "Malaysia"), a nickname ("KL",
 * "NYC", "Saigon") or the IANA name itself ("Europe/London").
 */
import { fold } from '../shared/text';
import { isValidTimeZone } from '../shared/wall-time';
import { zoneCity } from '../shared/zone-city';
import { countryName } from './country-name';
import { PLACE_NICKNAMES } from './place-nicknames';
import type { ZoneTable } from './zone-table';

/** A zone found for a query. */
export interface ZoneMatch {
  /** The IANA name to save. */
  zone: string;
  /** The name that matched, as a person writes it: "Bengaluru", "United Kingdom", "KL". */
  matched: string;
  /** How well: 3 the whole name, 2 its start, 1 the start of one of its words. */
  score: 1 | 2 | 3;
}

type NameKind = 'zone' | 'city' | 'nickname' | 'main-city' | 'country';
/** Which names come first among equally good matches: a zone's own city before a city in its group, a country last. */
const KIND_ORDER: Record<NameKind, number> = { zone: 0, city: 0, nickname: 0, 'main-city': 1, country: 2 };

interface Name {
  folded: string;
  shown: string;
  zone: string;
  kind: NameKind;
  /** The row's place in the table, to keep its order among equals. */
  order: number;
}

/** Lower case, no accents, every run of punctuation or spaces one space: "Hyderābād" → "hyderabad", "St. John's" → "st john s". */
function normalise(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const namesOf = new WeakMap<ZoneTable, Name[]>();

function names(table: ZoneTable): Name[] {
  const cached = namesOf.get(table);
  if (cached) return cached;
  const list: Name[] = [];
  const add = (shown: string, zone: string, kind: NameKind, order: number) => {
    if (shown !== '') list.push({ folded: normalise(shown), shown, zone, kind, order });
  };
  const byCountry = new Map<string, string[]>();
  table.forEach((row, order) => {
    const city = zoneCity(row.zone);
    add(city, row.zone, 'city', order);
    for (const name of row.cities) if (normalise(name) !== normalise(city)) add(name, row.zone, 'main-city', order);
    // A zone of the group with a city of its own (Asia/Kuching) is found, and saved, as itself; a renamed one (Asia/Calcutta) as the row.
    for (const alias of row.aliases) {
      const aliasCity = zoneCity(alias);
      if (aliasCity !== city) add(aliasCity, alias, 'city', order);
    }
    add(countryName(row.country), row.zone, 'country', order);
    if (row.country) byCountry.set(row.country, [...(byCountry.get(row.country) ?? []), row.zone]);
  });
  Object.entries(PLACE_NICKNAMES).forEach(([nickname, target], index) => {
    const shown = nickname.length <= 4 ? nickname.toUpperCase().replace(/ /g, '.') : nickname.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
    const zones = 'zone' in target ? [target.zone] : (byCountry.get(target.country) ?? []);
    for (const zone of zones) list.push({ folded: nickname, shown, zone, kind: 'nickname', order: table.length + index });
  });
  namesOf.set(table, list);
  return list;
}

function scoreOf(query: string, name: string): 0 | 1 | 2 | 3 {
  if (name === query) return 3;
  if (name.startsWith(query)) return 2;
  return ` ${name}`.includes(` ${query}`) ? 1 : 0;
}

/**
 * The zones `query` names, best first, one match per zone: whole names before
 * beginnings of names, a zone's own city before another city of its group,
 * countries last. An IANA name the engine knows comes first as itself.
 * Empty for an empty query.
 *
 * @example searchZones('KL', table)[0] //=> { zone: 'Asia/Kuala_Lumpur', matched: 'KL', score: 3 }
 * @example searchZones('Bengaluru', table)[0].zone //=> 'Asia/Kolkata'
 */
export function searchZones(query: string, table: ZoneTable, limit = 8): ZoneMatch[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const found: (Name & { score: 1 | 2 | 3 })[] = [];
  const typed = query.trim();
  if (typed.includes('/') && isValidTimeZone(typed)) {
    const zone = table.flatMap((row) => [row.zone, ...row.aliases]).find((name) => name.toLowerCase() === typed.toLowerCase()) ?? typed;
    found.push({ folded: wanted, shown: zoneCity(zone) || zone, zone, kind: 'zone', order: -1, score: 3 });
  }
  for (const name of names(table)) {
    const score = scoreOf(wanted, name.folded);
    if (score !== 0) found.push({ ...name, score });
  }
  found.sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order);
  const seen = new Set<string>();
  const matches: ZoneMatch[] = [];
  for (const name of found) {
    if (seen.has(name.zone)) continue;
    seen.add(name.zone);
    matches.push({ zone: name.zone, matched: name.shown, score: name.score });
    if (matches.length === limit) break;
  }
  return matches;
}

/**
 * The one zone `query` names outright, if it names exactly one: the whole
 * name of a city, country or nickname with a single zone, or an IANA name.
 * "UK" and "London" do; "USA" (six zones) and "Lon" do not.
 *
 * @example exactZone('uk', table) //=> 'Europe/London'
 * @example exactZone('USA', table) //=> undefined
 */
export function exactZone(query: string, table: ZoneTable): string | undefined {
  const whole = searchZones(query, table, 50).filter((match) => match.score === 3);
  return whole.length === 1 ? whole[0]!.zone : undefined;
}
