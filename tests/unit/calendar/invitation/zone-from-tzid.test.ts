import { describe, expect, it } from 'vitest';
import { zoneFromTzid } from '~/domain/calendar/invitation/zone-from-tzid';

describe('zoneFromTzid', () => {
  it.each([
    ['an IANA name (Google Calendar, Zoom)', 'Europe/London', { zone: 'Europe/London' }],
    ['a three-part IANA name', 'America/Argentina/Buenos_Aires', { zone: 'America/Argentina/Buenos_Aires' }],
    ['an IANA name behind a prefix', '/citadel.org/20190914_1/Europe/Paris', { zone: 'Europe/Paris' }],
    ['a quoted name', '"Asia/Tokyo"', { zone: 'Asia/Tokyo' }],
    ['Outlook’s Singapore', 'Singapore Standard Time', { zone: 'Asia/Singapore', windowsName: 'Singapore Standard Time' }],
    ['Outlook’s UK (GMT Standard Time follows British summer time)', 'GMT Standard Time', { zone: 'Europe/London', windowsName: 'GMT Standard Time' }],
    ['a Windows name in another letter case', 'w. europe standard time', { zone: 'Europe/Berlin', windowsName: 'W. Europe Standard Time' }],
    ['UTC', 'UTC', { zone: 'Etc/UTC', windowsName: 'UTC' }],
  ])('maps %s', (_case, tzid, expected) => {
    expect(zoneFromTzid(tzid)).toEqual(expected);
  });

  it('maps India Standard Time to the name this runtime lists (Asia/Calcutta or, in newer ones, Asia/Kolkata)', () => {
    const found = zoneFromTzid('India Standard Time');
    expect(found?.windowsName).toBe('India Standard Time');
    expect(Intl.supportedValuesOf('timeZone')).toContain(found?.zone);
    expect(['Asia/Calcutta', 'Asia/Kolkata']).toContain(found?.zone);
  });

  it.each(['Customized Time Zone', '', '(UTC+08:00) Kuala Lumpur, Singapore', 'Mars/Olympus_Mons'])('knows no zone for %j', (tzid) => {
    expect(zoneFromTzid(tzid)).toBeUndefined();
  });
});
