/**
 * Imports a calendar file into Debian's `khal` (a calendar program that parses with the
 * `icalendar` library, independently of ical.js) and lists what it holds, as a person's
 * calendar in `localZone` would show it.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Each event of the calendar file at `icsPath` from the day `from` (YYYY-MM-DD) for `days` days,
 * as khal lists it on the clock of `localZone`: "YYYY-MM-DD HH:MM title", in order. Rejects if
 * khal refuses the file. (A short range keeps khal quick: it expands every day it lists.)
 *
 * @example await khalEvents('/tmp/nudge.ics', 'Europe/London', '2026-03-01', 120) //=> ['2026-03-03 10:00 Email Jane Tan …', …]
 */
export async function khalEvents(icsPath: string, localZone: string, from: string, days: number): Promise<string[]> {
  const home = await mkdtemp(join(tmpdir(), 'nudge-khal-'));
  try {
    const config = join(home, 'config');
    await mkdir(join(home, 'calendar'));
    await writeFile(
      config,
      [
        '[calendars]',
        '[[nudge]]',
        `path = ${join(home, 'calendar')}`,
        'type = calendar',
        '[locale]',
        'timeformat = %H:%M',
        'dateformat = %Y-%m-%d',
        'longdateformat = %Y-%m-%d',
        'datetimeformat = %Y-%m-%d %H:%M',
        'longdatetimeformat = %Y-%m-%d %H:%M',
        `default_timezone = ${localZone}`,
        `local_timezone = ${localZone}`,
        '[sqlite]',
        `path = ${join(home, 'khal.db')}`,
        '',
      ].join('\n'),
    );
    await run('khal', ['-c', config, 'import', '--batch', icsPath]);
    const { stdout } = await run('khal', ['-c', config, 'list', '--day-format', '', '--format', '{start} {title}', from, `${days}d`]);
    return stdout.split('\n').filter((line) => line.trim() !== '');
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
