/**
 * When an invited event starts, as Nudge saves it: the date and time on the
 * interviewer's clock and their IANA zone, with the instant, so both the
 * interviewer's clock and the person's own show the right time.
 */
import ICAL from 'ical.js';
import { instantToWallTime, wallTimeToInstant } from '../../schedule/zoned-time';
import { zoneFromTzid } from './zone-from-tzid';

/** An event's start on the interviewer's clock. */
export interface EventStart {
  /** `YYYY-MM-DD` on the interviewer's clock. */
  date: string;
  /** `HH:mm` on the interviewer's clock; `''` for an event that lasts whole days. */
  time: string;
  /** The interviewer's IANA zone, as far as the invitation tells. */
  timeZone: string;
  /** ISO instant of the start; `''` for a whole-day event. */
  instant: string;
  /** Set when the zone was not named in a way Nudge knows, saying what it did instead. */
  note: string;
}

/** What `eventStart` needs besides the start itself. */
export interface StartContext {
  /** The file's VTIMEZONE components, by TZID. */
  vtimezones: ReadonlyMap<string, ICAL.Component>;
  /** The calendar's own zone (Google's X-WR-TIMEZONE), if it names a valid one. */
  calendarZone?: string;
  /** The zone to read a time in when the file gives none: the person's own. */
  fallbackZone: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Reads a start time (an ical.js time from DTSTART or a recurrence) and its
 * TZID. A zone named by IANA or Windows name keeps the wall time as written;
 * an unknown name uses the file's VTIMEZONE offset (as `Etc/GMT±N` when it
 * is a whole number of hours without daylight saving, else UTC); a time in
 * UTC or with no zone is put on `calendarZone`, else on `fallbackZone`, and
 * each fallback says so in `note`.
 *
 * @example eventStart(ICAL.Time.fromDateTimeString('2026-03-03T10:00:00'), 'Singapore Standard Time', context)
 * //=> { date: '2026-03-03', time: '10:00', timeZone: 'Asia/Singapore', instant: '2026-03-03T02:00:00.000Z', note: '' }
 */
export function eventStart(start: ICAL.Time, tzid: string | undefined, context: StartContext): EventStart {
  const date = `${start.year}-${pad(start.month)}-${pad(start.day)}`;
  const time = `${pad(start.hour)}:${pad(start.minute)}`;
  const asUtc = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute);
  const ownZone = context.calendarZone ?? context.fallbackZone;
  const yours = context.calendarZone ? '' : ` on your clock (${context.fallbackZone})`;
  if (start.isDate) {
    const zone = (tzid && zoneFromTzid(tzid)?.zone) || ownZone;
    return { date, time: '', timeZone: zone, instant: '', note: 'The invitation gives a whole day, not a start time: add the time yourself.' };
  }
  if (tzid) {
    const named = zoneFromTzid(tzid);
    if (named) return onClock(date, time, named.zone, '');
    const vtimezone = context.vtimezones.get(tzid);
    if (vtimezone) return fromOffset(start, asUtc, tzid, vtimezone);
    return onClock(date, time, ownZone, `Nudge does not know the invitation's time zone “${tzid}”, and the file does not define it, so it read the time${yours || ` in ${ownZone}`}. Check it.`);
  }
  if (start.zone?.tzid === 'UTC') {
    const instant = new Date(asUtc);
    const wall = instantToWallTime(instant, ownZone);
    const note = context.calendarZone
      ? ''
      : `The invitation gives the time in UTC without the interviewer's time zone, so Nudge shows it${yours}. If they are in another zone, change the zone and the time together.`;
    return { ...wall, timeZone: ownZone, instant: instant.toISOString(), note };
  }
  return onClock(date, time, ownZone, context.calendarZone ? '' : `The invitation gives no time zone, so Nudge read the time as${yours}. Check it with the interviewer's.`);
}

function onClock(date: string, time: string, timeZone: string, note: string): EventStart {
  return { date, time, timeZone, instant: wallTimeToInstant(date, time, timeZone).toISOString(), note };
}

/** An unknown zone the file defines: its offset at the start fixes the instant. */
function fromOffset(start: ICAL.Time, asUtc: number, tzid: string, vtimezone: ICAL.Component): EventStart {
  const offsetSeconds = new ICAL.Timezone(vtimezone).utcOffset(start);
  const instant = new Date(asUtc - offsetSeconds * 1000);
  const offsets = new Set(vtimezone.getAllSubcomponents().map((part) => String(part.getFirstPropertyValue('tzoffsetto'))));
  const hours = offsetSeconds / 3600;
  const written = `UTC${offsetSeconds < 0 ? '−' : '+'}${pad(Math.floor(Math.abs(hours)))}:${pad((Math.abs(offsetSeconds) / 60) % 60)}`;
  // Etc/GMT zones count the other way round: Etc/GMT-8 is eight hours ahead of UTC.
  const fixed = Number.isInteger(hours) && offsets.size <= 1 ? (hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`) : 'UTC';
  const wall = instantToWallTime(instant, fixed);
  const note =
    fixed === 'UTC' && offsetSeconds !== 0
      ? `Nudge does not know the invitation's time zone “${tzid}”. It starts at ${written} by the file's own rules, shown here in UTC: change the zone to the interviewer's city, and the time with it.`
      : `Nudge does not know the invitation's time zone “${tzid}”, so it used the file's fixed offset, ${written} (${fixed}). If you know the interviewer's city, choose its zone instead.`;
  return { ...wall, timeZone: fixed, instant: instant.toISOString(), note };
}
