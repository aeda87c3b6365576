/**
 * The one name each time zone goes by on every page and in every calendar
 * event: its city ("London", "Kuala Lumpur") and its offset ("GMT", "GMT+8").
 * Before, the page named zones with the browser locale's abbreviation ("MYT"
 * for a Malaysian English browser) and the calendar with en-GB's ("GMT+8").
 *
 * `Intl` has no API for CLDR's exemplar cities (`Intl.DisplayNames` has no
 * `timeZone` type; `timeZoneName: 'shortGeneric'` gives a city only where a
 * country has several zones). The city is the IANA name's last part, which is
 * CLDR's English exemplar city for nearly every zone; the few exceptions are
 * the cities IANA still spells as they were (its `backward` links, which
 * engines may hand back as the zone's canonical name) and CLDR's longer forms.
 */
import { dateTimeFormat } from './date-time-format';
import { isValidTimeZone } from './wall-time';

/** IANA spellings whose city CLDR names otherwise (renamed cities and CLDR's own exemplars). */
const CITY_NAMES: Readonly<Record<string, string>> = {
  Calcutta: 'Kolkata',
  Saigon: 'Ho Chi Minh City',
  Ho_Chi_Minh: 'Ho Chi Minh City',
  Katmandu: 'Kathmandu',
  Rangoon: 'Yangon',
  Kiev: 'Kyiv',
  Godthab: 'Nuuk',
  Ulan_Bator: 'Ulaanbaatar',
  Dacca: 'Dhaka',
  Thimbu: 'Thimphu',
  Ujung_Pandang: 'Makassar',
  Chungking: 'Chongqing',
  Macao: 'Macau',
  Ashkhabad: 'Ashgabat',
  Faeroe: 'Faroe',
  Asmera: 'Asmara',
  St_Johns: 'St John’s',
};


/**
 * The city a zone is named for, as a person reads it, or `''` for a zone of
 * no place (UTC, Etc/GMT-8) or a name that is not a zone.
 *
 * @example zoneCity('America/Argentina/Buenos_Aires') //=> 'Buenos Aires'
 * @example zoneCity('Asia/Calcutta') //=> 'Kolkata'
 */
export function zoneCity(zone: string): string {
  // Etc/GMT-8, UTC, EST5EDT and the like belong to no place.
  if (zone.startsWith('Etc/') || !zone.includes('/')) return '';
  const last = zone.slice(zone.lastIndexOf('/') + 1);
  return CITY_NAMES[last] ?? last.replace(/_/g, ' ');
}

/**
 * The zone's offset from UTC at `at`, as "GMT", "GMT+8", "GMT-3:30" (always
 * English, so the page and the calendar say the same); `''` for a name that
 * is not a zone.
 *
 * @example zoneOffsetName('Asia/Kolkata', new Date('2026-12-08T00:00:00Z')) //=> 'GMT+5:30'
 * @example zoneOffsetName('Europe/London', new Date('2026-07-01T00:00:00Z')) //=> 'GMT+1'
 */
export function zoneOffsetName(zone: string, at: Date): string {
  if (!isValidTimeZone(zone)) return '';
  const part = dateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((item) => item.type === 'timeZoneName')?.value;
  return !part || part === 'GMT+0' ? 'GMT' : part;
}

/**
 * How a time on this zone's clock is named after it: its city, or for a zone
 * of no place its offset ("UTC", "GMT+8").
 *
 * @example zoneClockName('Asia/Kuala_Lumpur', new Date()) //=> 'Kuala Lumpur'
 * @example zoneClockName('Etc/GMT-8', new Date()) //=> 'GMT+8'
 */
export function zoneClockName(zone: string, at: Date): string {
  const city = zoneCity(zone);
  if (city) return city;
  return /^(UTC|UCT|Universal|Zulu|Etc\/(UTC|UCT|Universal|Zulu))$/.test(zone) ? 'UTC' : zoneOffsetName(zone, at);
}
