/**
 * A date and time typed on one clock, read on another: the person may type a
 * follow-up's new time on their own clock (Kuala Lumpur) while the schedule
 * keeps it on the recipient's (London), or the other way round.
 */
import { instantToWallTime, wallTimeToInstant } from './zoned-time';

/**
 * `local` (`YYYY-MM-DDTHH:mm`, as a datetime-local field gives it) on the
 * clock of `from`, as the clock of `to` shows that moment; undefined when
 * `local` is not such a time or either zone is unknown. A time that never
 * happens on `from`'s clock (a spring-forward gap) moves on by the gap.
 *
 * @example onOtherClock('2026-03-10T17:00', 'Asia/Kuala_Lumpur', 'Europe/London') //=> '2026-03-10T09:00'
 * @example onOtherClock('2026-03-10T09:00', 'Europe/London', 'Asia/Kuala_Lumpur') //=> '2026-03-10T17:00'
 */
export function onOtherClock(local: string, from: string, to: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!match) return undefined;
  const instant = wallTimeToInstant(match[1]!, match[2]!, from);
  if (Number.isNaN(instant.getTime())) return undefined;
  try {
    const wall = instantToWallTime(instant, to);
    return `${wall.date}T${wall.time}`;
  } catch {
    return undefined;
  }
}
