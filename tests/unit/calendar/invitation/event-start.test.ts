import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventStart, type StartContext } from '~/domain/calendar/invitation/event-start';

/** The DTSTART of a one-event calendar, and the context its file gives. */
function start(lines: string, options: { calendarZone?: string } = {}): [ICAL.Time, string | undefined, StartContext] {
  const calendar = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${lines}\r\nEND:VCALENDAR\r\n`) as unknown[]);
  const property = calendar.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!;
  const vtimezones = new Map(calendar.getAllSubcomponents('vtimezone').map((zone) => [String(zone.getFirstPropertyValue('tzid')), zone]));
  return [property.getFirstValue() as ICAL.Time, property.getParameter('tzid') as string | undefined, { vtimezones, fallbackZone: 'Europe/London', ...options }];
}

const vtimezone = (tzid: string, ...offsets: string[]) =>
  [`BEGIN:VTIMEZONE`, `TZID:${tzid}`, ...offsets.map((offset, index) => `BEGIN:${index ? 'DAYLIGHT' : 'STANDARD'}\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:${offset}\r\nTZOFFSETTO:${offset}\r\nEND:${index ? 'DAYLIGHT' : 'STANDARD'}`), 'END:VTIMEZONE'].join('\r\n');

describe('eventStart', () => {
  it.each([
    {
      case: 'a Windows zone (Teams): the wall time as written, on the IANA zone; 02:00 in London',
      lines: `${vtimezone('Singapore Standard Time', '+0800')}\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Singapore Standard Time:20260303T100000\r\nEND:VEVENT`,
      expected: { date: '2026-03-03', time: '10:00', timeZone: 'Asia/Singapore', instant: '2026-03-03T02:00:00.000Z', note: '' },
    },
    {
      case: 'an IANA zone in British summer time',
      lines: 'BEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:20260610T143000\r\nEND:VEVENT',
      expected: { date: '2026-06-10', time: '14:30', timeZone: 'Europe/London', instant: '2026-06-10T13:30:00.000Z', note: '' },
    },
    {
      case: 'a wall time skipped by the clocks going forward, moved on as everywhere in Nudge',
      lines: 'BEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:20260329T013000\r\nEND:VEVENT',
      expected: { date: '2026-03-29', time: '01:30', timeZone: 'Europe/London', instant: '2026-03-29T01:30:00.000Z', note: '' },
    },
  ])('reads $case', ({ lines, expected }) => {
    expect(eventStart(...start(lines))).toEqual(expected);
  });

  it('puts a UTC time on the calendar’s own zone when it names one, with no note', () => {
    expect(eventStart(...start('BEGIN:VEVENT\r\nDTSTART:20260305T020000Z\r\nEND:VEVENT', { calendarZone: 'Asia/Singapore' }))).toEqual({
      date: '2026-03-05',
      time: '10:00',
      timeZone: 'Asia/Singapore',
      instant: '2026-03-05T02:00:00.000Z',
      note: '',
    });
  });

  it.each([
    {
      case: 'a UTC time with no zone named: on your clock, with a note',
      lines: 'BEGIN:VEVENT\r\nDTSTART:20260610T020000Z\r\nEND:VEVENT',
      expected: { date: '2026-06-10', time: '03:00', timeZone: 'Europe/London', instant: '2026-06-10T02:00:00.000Z' },
      note: /^The invitation gives the time in UTC without the interviewer's time zone, so Nudge shows it on your clock \(Europe\/London\)/,
    },
    {
      case: 'a floating time: as written, on your clock',
      lines: 'BEGIN:VEVENT\r\nDTSTART:20260305T100000\r\nEND:VEVENT',
      expected: { date: '2026-03-05', time: '10:00', timeZone: 'Europe/London', instant: '2026-03-05T10:00:00.000Z' },
      note: /^The invitation gives no time zone/,
    },
    {
      case: 'an unknown zone with a whole-hour offset: its fixed Etc zone',
      lines: `${vtimezone('Customized Time Zone', '+0800')}\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Customized Time Zone:20260303T100000\r\nEND:VEVENT`,
      expected: { date: '2026-03-03', time: '10:00', timeZone: 'Etc/GMT-8', instant: '2026-03-03T02:00:00.000Z' },
      note: /used the file's fixed offset, UTC\+08:00 \(Etc\/GMT-8\)/,
    },
    {
      case: 'an unknown zone with a half-hour offset: shown in UTC',
      lines: `${vtimezone('Customized Time Zone', '+0530')}\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Customized Time Zone:20260306T150000\r\nEND:VEVENT`,
      expected: { date: '2026-03-06', time: '09:30', timeZone: 'UTC', instant: '2026-03-06T09:30:00.000Z' },
      note: /It starts at UTC\+05:30 by the file's own rules, shown here in UTC/,
    },
    {
      case: 'an unknown zone with daylight saving: shown in UTC',
      lines: [
        'BEGIN:VTIMEZONE',
        'TZID:Eastern (custom)',
        'BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT',
        'BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT\r\nDTSTART;TZID=Eastern (custom):20260306T090000\r\nEND:VEVENT',
      ].join('\r\n'),
      expected: { date: '2026-03-06', time: '14:00', timeZone: 'UTC', instant: '2026-03-06T14:00:00.000Z' },
      note: /It starts at UTC−05:00 by the file's own rules, shown here in UTC/,
    },
    {
      case: 'an unknown zone the file does not define: on your clock',
      lines: 'BEGIN:VEVENT\r\nDTSTART;TZID=Somewhere:20260305T100000\r\nEND:VEVENT',
      expected: { date: '2026-03-05', time: '10:00', timeZone: 'Europe/London', instant: '2026-03-05T10:00:00.000Z' },
      note: /does not know the invitation's time zone “Somewhere”, and the file does not define it/,
    },
    {
      case: 'a whole day: the date, no time',
      lines: 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260305\r\nEND:VEVENT',
      expected: { date: '2026-03-05', time: '', timeZone: 'Europe/London', instant: '' },
      note: /whole day, not a start time/,
    },
  ])('reads $case', ({ lines, expected, note }) => {
    const result = eventStart(...start(lines));
    expect(result).toEqual({ ...expected, note: expect.stringMatching(note) });
  });
});
