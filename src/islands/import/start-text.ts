import type { InvitationEvent } from '../../domain/calendar/invitation/read-invitation';
import { clockText } from '../../domain/schedule/clock-text';
import { formatInstant } from '../../domain/schedule/zoned-time';
import { browserTimeZone } from '../browser';
import { wallDateText } from '../format';

/**
 * When an invited event starts, on the interviewer's clock with their zone
 * and, when it reads differently, on yours.
 *
 * @example startText(event) //=> 'Tue, 3 Mar 2026, 10:00 Singapore time; Tue, 3 Mar 2026, 02:00 London time on your clock'
 */
export function startText(event: InvitationEvent): string {
  const { start } = event;
  if (!start.instant) return `${wallDateText(start.date, true)} (all day)`;
  const instant = new Date(start.instant);
  const theirs = clockText(instant, start.timeZone);
  const mine = browserTimeZone();
  if (formatInstant(instant, { timeZone: mine }) === formatInstant(instant, { timeZone: start.timeZone })) return theirs;
  return `${theirs}; ${clockText(instant, mine)} on your clock`;
}
