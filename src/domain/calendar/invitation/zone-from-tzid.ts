/**
 * An invitation's TZID → the IANA zone Nudge saves. Google Calendar, Apple
 * and Zoom write IANA names (`Europe/London`), sometimes behind a prefix
 * (`/citadel.org/20190914_1/Europe/Paris`); Outlook and Teams write Windows
 * names (`Singapore Standard Time`), mapped with the Unicode CLDR table that
 * `windows-iana` keeps up to date. This module pulls that table in (15 KB):
 * it is part of the invitation reader, loaded only when one is read.
 */
import { findIana, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isValidTimeZone } from '../../shared/wall-time';

/** The IANA zone for a TZID, and whether it was a Windows name. */
export interface ZoneFromTzid {
  zone: string;
  windowsName?: string;
}

/**
 * The IANA zone a TZID names, or undefined when it names none Nudge knows
 * (Outlook's "Customized Time Zone", say: then the file's VTIMEZONE decides).
 * Windows names are matched in any letter case; of the zones CLDR lists for
 * one, the first this runtime lists as a zone of its own is taken (so the
 * name matches the time-zone field's suggestions: `Asia/Calcutta` or
 * `Asia/Kolkata`, as the browser spells it).
 *
 * @example zoneFromTzid('Singapore Standard Time') //=> { zone: 'Asia/Singapore', windowsName: 'Singapore Standard Time' }
 * @example zoneFromTzid('/mozilla.org/20050126_1/Europe/London') //=> { zone: 'Europe/London' }
 * @example zoneFromTzid('Customized Time Zone') //=> undefined
 */
export function zoneFromTzid(tzid: string): ZoneFromTzid | undefined {
  const name = tzid.trim().replace(/^"|"$/gu, '');
  if (name === '') return undefined;
  const iana = /(?:^|\/)((?:[A-Za-z_-]+\/)?[A-Za-z_-]+\/[A-Za-z0-9_+-]+)$/u.exec(name)?.[1];
  if (iana && isValidTimeZone(iana)) return { zone: iana };
  const windowsName = WINDOWS_TO_IANA_MAP.find((entry) => entry.windowsName.toLowerCase() === name.toLowerCase())?.windowsName;
  if (windowsName) {
    const candidates = findIana(windowsName).filter(isValidTimeZone);
    const current = knownZones();
    const zone = candidates.find((candidate) => current.has(candidate)) ?? candidates[0];
    if (zone) return { zone, windowsName };
  }
  if (name === 'UTC' || name === 'GMT' || name === 'Z') return { zone: 'UTC' };
  return undefined;
}

let zones: Set<string> | undefined;

/** The zones this runtime lists under their current names (empty where it cannot list them). */
function knownZones(): Set<string> {
  zones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  return zones;
}
