/**
 * Debian's khal, a real calendar client, in a throwaway home: its own config,
 * calendar folder and database, never the user's. Used by the calendar unit
 * test and the London–Singapore journey to import Nudge's .ics files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const KHAL = '/usr/bin/khal';
/** Whether khal is installed here (CI installs it: see .ci/run). */
export const khalInstalled = existsSync(KHAL);

/** A fresh khal calendar: import files, list events, and remove it all with `dispose`. */
export function khalCalendar() {
  const home = mkdtempSync(join(tmpdir(), 'nudge-khal-'));
  mkdirSync(join(home, 'calendar'));
  writeFileSync(
    join(home, 'config'),
    [
      '[calendars]',
      '[[nudge]]',
      `path = ${join(home, 'calendar')}`,
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      'local_timezone = UTC',
      'default_timezone = UTC',
      '[default]',
      'default_calendar = nudge',
      '',
    ].join('\n'),
  );
  const khal = (...args: string[]) =>
    execFileSync(KHAL, ['-c', join(home, 'config'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'conf'), TZ: 'UTC' },
    });
  let files = 0;
  return {
    /** Imports .ics text as `khal import --batch` does a downloaded file. */
    importText(text: string): void {
      files += 1;
      const file = join(home, `import-${files}.ics`);
      writeFileSync(file, text);
      khal('import', '--batch', file);
    },
    /** Every event from `from` to `to` (`YYYY-MM-DD`), one line each: "CANCELLED " first when it is cancelled, then its title. */
    list(from: string, to: string): string[] {
      return khal('list', '--format', '{cancelled}{title}', from, to)
        .split('\n')
        .filter((line) => line.includes(' — '));
    },
    dispose(): void {
      rmSync(home, { recursive: true, force: true });
    },
  };
}
