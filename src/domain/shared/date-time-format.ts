/**
 * `Intl.DateTimeFormat` objects, made once per locale and options and reused.
 *
 * Making one costs about a tenth of a millisecond to a millisecond (the engine
 * loads locale and zone data each time), while formatting with one is cheap.
 * The planner formats several dates for each of hundreds of interviews, so a
 * new formatter per call froze it for seconds (issue 10's CPU profile). A
 * formatter has no state between calls, so sharing one changes no result.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
const zones = new Map<string, boolean>();

/**
 * The formatter for `locale` and `options`, made on first use. Throws what
 * `new Intl.DateTimeFormat` throws (a RangeError for an unknown zone), and
 * caches nothing then.
 *
 * @example dateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric' }) === dateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric' }) //=> true
 */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Whether the engine accepts `name` as a time zone, asked once per name. The
 * answers kept are bounded, since a zone field is checked at each keystroke.
 *
 * @example isKnownZoneName('Asia/Singapore') //=> true
 * @example isKnownZoneName('Mars/Olympus') //=> false
 */
export function isKnownZoneName(name: string): boolean {
  const known = zones.get(name);
  if (known !== undefined) return known;
  let accepted: boolean;
  try {
    dateTimeFormat('en', { timeZone: name });
    accepted = true;
  } catch {
    accepted = false;
  }
  if (zones.size >= 1_000) zones.clear();
  zones.set(name, accepted);
  return accepted;
}
