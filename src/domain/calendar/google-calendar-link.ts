/**
 * A link that opens Google Calendar's "new event" page filled in, for people
 * who use Google Calendar in a browser and would rather not import a file.
 * The template takes no UID, SEQUENCE or reminder: each click adds a new event.
 */
import type { CalendarEvent } from './calendar';
import { normalizeText } from './ics-text';

const TEMPLATE_URL = 'https://calendar.google.com/calendar/render';

/**
 * The longest link we make, in characters. Links longer than about 2,000
 * characters are cut or refused by some browsers, proxies, mail and chat
 * clients, so the details are shortened until the link fits.
 */
export const MAX_LINK_LENGTH = 2000;

/** `YYYYMMDDTHHmmssZ`, the UTC form the template's `dates` expects. */
function compactUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A Google Calendar link for one event, in UTC. When the link would pass
 * `MAX_LINK_LENGTH`, the description is cut at a character boundary and
 * ends with "…"; the event's `url`, when present, is kept after it on its
 * own line.
 *
 * @param event - the event; `sequence`, `uid` and the alarm are not used
 * @returns an https URL, its query encoded with URLSearchParams
 * @throws RangeError when `start` is not a valid date
 * @example googleCalendarLink({ title: 'Call Jane', start: new Date('2026-03-03T01:30:00Z'), durationMinutes: 15, description: '' })
 * //=> 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Call+Jane&dates=20260303T013000Z%2F20260303T014500Z'
 */
export function googleCalendarLink(event: Omit<CalendarEvent, 'sequence' | 'uid'>): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000);
  const fields: Record<string, string> = {
    action: 'TEMPLATE',
    text: normalizeText(event.title),
    dates: `${compactUtc(event.start)}/${compactUtc(end)}`,
  };
  const location = normalizeText(event.location ?? '').trim();
  if (location) fields.location = location;
  const link = (details: string) => {
    const params = new URLSearchParams(fields);
    if (details) params.set('details', details);
    return `${TEMPLATE_URL}?${params}`;
  };

  const tail = event.url ? `\n\n${event.url}` : '';
  const description = normalizeText(event.description).trim();
  const whole = (description + tail).trim();
  if (link(whole).length <= MAX_LINK_LENGTH) return link(whole);

  // Binary search for the longest prefix, in code points, that still fits.
  const chars = Array.from(description);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…${tail}`;
  let [low, high] = [0, chars.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (link(cut(mid)).length <= MAX_LINK_LENGTH) low = mid;
    else high = mid - 1;
  }
  return link(cut(low));
}
