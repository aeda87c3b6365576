/**
 * A time as the page and the calendar both write it: the date and time on a
 * zone's clock, then that clock's one name (`shared/zone-city.ts`), so a
 * reminder never says "GMT+8" where the page said "MYT".
 */
import { dateTimeFormat } from '../shared/date-time-format';
import { zoneClockName } from '../shared/zone-city';

/**
 * "Wed, 25 Nov 2026, 08:30 Kuala Lumpur time" (en-GB; the locale decides the
 * order and the 12- or 24-hour clock, never the zone's name).
 *
 * @example clockText(new Date('2026-11-25T00:30:00Z'), 'Asia/Kuala_Lumpur', 'en-GB') //=> 'Wed, 25 Nov 2026, 08:30 Kuala Lumpur time'
 * @example clockText(new Date('2026-11-25T00:30:00Z'), 'Etc/GMT-8', 'en-GB') //=> 'Wed, 25 Nov 2026, 08:30 GMT+8'
 */
export function clockText(instant: Date, timeZone: string, locale?: string): string {
  const name = zoneClockName(timeZone, instant);
  const options = { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' } as const;
  // A 24-hour clock reads 08:30, not 8:30 (which ICU gives for `hour: 'numeric'` without a zone name).
  const h24 = /h2[34]/.test(dateTimeFormat(locale, options).resolvedOptions().hourCycle ?? '');
  const text = dateTimeFormat(locale, h24 ? { ...options, hour: '2-digit' } : options).format(instant);
  return `${text} ${/^(UTC|GMT)/.test(name) ? name : `${name} time`}`;
}
