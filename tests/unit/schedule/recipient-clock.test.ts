import { describe, expect, it } from 'vitest';
import { phoneNumberCountry } from '~/domain/messages/phone-number';
import { createInterview, emptyInterviewer } from '~/domain/records/defaults';
import type { Interview, Interviewer } from '~/domain/records/model';
import { contactClock, interviewClock, recipientClock, recipientClockNote, zoneOfCountry, type ClockLookups } from '~/domain/schedule/recipient-clock';
import { holidayIndex, type FullHolidayData } from '~/integrations/holiday-data-slice';
import { deepFreeze } from '../support/deep-freeze';
import { data } from '../support/holidays';

const places = holidayIndex(data as unknown as FullHolidayData);
/** The person in Kuala Lumpur, numbers read. */
const lookups: ClockLookups = { personZone: 'Asia/Kuala_Lumpur', places, phoneCountry: phoneNumberCountry };

const tom: Interviewer = { ...emptyInterviewer('tom'), name: 'Tom Hughes', email: 'tom@brightlane.example', phone: '+44 20 7946 0000' };
const sarah: Interviewer = { ...emptyInterviewer('sarah', 'recruiter'), name: 'Sarah Lim', email: 'sarah@talentbridge.example', phone: '+60 3 2161 0000' };
/** Tom interviews from London; Sarah, an agency recruiter in Kuala Lumpur, put the person forward. */
const interview = (overrides: Partial<Interview> = {}): Interview => ({
  ...createInterview({ id: 'i1', interviewerId: 'tom', now: new Date('2026-12-01T00:00:00Z'), timeZone: 'Europe/London', today: '2026-12-14' }),
  time: '10:00',
  interviewers: [tom, sarah],
  followUpsTo: 'sarah',
  ...overrides,
});

describe('recipientClock: whose clock the follow-ups go by', () => {
  it('is Sarah’s, from her Malaysian number: Kuala Lumpur, Malaysia’s holidays, an office day', () => {
    expect(recipientClock(deepFreeze(interview()), lookups)).toEqual({
      contactId: 'sarah',
      name: 'Sarah Lim',
      timeZone: 'Asia/Kuala_Lumpur',
      timeZoneFrom: 'phone',
      country: 'MY',
      region: '',
      countryFrom: 'phone',
      workdayStart: '09:00',
      workdayEnd: '17:30',
      hoursFrom: 'default',
      sameAsInterview: false,
    });
  });

  it('is the interview’s own when the follow-ups go to the interviewers', () => {
    expect(recipientClock(interview({ followUpsTo: '', workdayStart: '08:00' }), lookups)).toMatchObject({
      contactId: '',
      timeZone: 'Europe/London',
      timeZoneFrom: 'interview',
      country: 'GB',
      region: 'ENG',
      countryFrom: 'interview',
      workdayStart: '08:00',
      sameAsInterview: true,
    });
  });

  it('keeps the "Interviewer country" the person chose for the interview’s own clock', () => {
    expect(interviewClock(interview({ interviewerCountry: 'GB', interviewerRegion: 'SCT' }), places)).toMatchObject({ country: 'GB', region: 'SCT', countryFrom: 'you' });
  });
});

describe('contactClock: each part from the first source that knows it', () => {
  it.each([
    ['a zone and country the person chose', { timeZone: 'Asia/Singapore', timeZoneFrom: 'you', country: 'SG', countryFrom: 'you' }, ['Asia/Singapore', 'you', 'SG', 'you']],
    ['their card’s, over their number', { timeZone: 'Asia/Tokyo', timeZoneFrom: 'card', country: 'JP', countryFrom: 'card' }, ['Asia/Tokyo', 'card', 'JP', 'card']],
    ['their number’s, over the invitation', { timeZone: 'Europe/London', timeZoneFrom: 'invitation', country: 'GB', countryFrom: 'invitation' }, ['Asia/Kuala_Lumpur', 'phone', 'MY', 'phone']],
    ['the invitation’s, with no number', { phone: '', timeZone: 'Asia/Dubai', timeZoneFrom: 'invitation', country: 'AE', countryFrom: 'invitation' }, ['Asia/Dubai', 'invitation', 'AE', 'invitation']],
    ['a recruiter with nothing known works where you do', { phone: '' }, ['Asia/Kuala_Lumpur', 'your-zone', 'MY', 'your-zone']],
    ['a number without its country code says nothing', { phone: '03-2161 0000' }, ['Asia/Kuala_Lumpur', 'your-zone', 'MY', 'your-zone']],
    ['a stored zone that is not one is passed over', { phone: '', timeZone: 'Mars/Olympus', timeZoneFrom: 'you' }, ['Asia/Kuala_Lumpur', 'your-zone', 'MY', 'your-zone']],
  ] as const)('%s', (_, card, [timeZone, timeZoneFrom, country, countryFrom]) => {
    expect(contactClock({ ...sarah, ...card }, interview(), lookups)).toMatchObject({ timeZone, timeZoneFrom, country, countryFrom });
  });

  it('gives an interviewer with nothing known the interview’s clock and the interviewer’s hours', () => {
    const jane = { ...emptyInterviewer('jane'), name: 'Jane' };
    expect(contactClock(jane, interview({ workdayEnd: '16:00' }), lookups)).toMatchObject({
      timeZone: 'Europe/London', timeZoneFrom: 'interview', country: 'GB', region: 'ENG', workdayEnd: '16:00', hoursFrom: 'interview', sameAsInterview: true,
    });
  });

  it('reads a number of a country with several clocks in the zone it shares with the interview', () => {
    const newYork = interview({ timeZone: 'America/New_York' });
    expect(contactClock({ ...sarah, phone: '+1 212 555 0100' }, newYork, lookups)).toMatchObject({ timeZone: 'America/New_York', timeZoneFrom: 'phone', country: 'US' });
  });

  it('waits for numbers to be read: without the phone rules loaded, a recruiter is where you are', () => {
    expect(contactClock(sarah, interview(), { ...lookups, phoneCountry: undefined })).toMatchObject({ timeZoneFrom: 'your-zone', countryFrom: 'your-zone' });
  });
});

describe('zoneOfCountry', () => {
  it.each([
    ['MY', 'Asia/Kuala_Lumpur'],
    ['SG', 'Asia/Singapore'],
    ['KW', 'Asia/Kuwait'],
    ['US', ''],
    ['AU', ''],
  ])('%s keeps %s', (country, zone) => {
    expect(zoneOfCountry(country, places)).toBe(zone);
  });
});

describe('recipientClockNote: the planner says whose clock the times are on', () => {
  it('names Sarah, her clock, where it came from, and the interview’s own', () => {
    expect(recipientClockNote(recipientClock(interview(), lookups), 'Europe/London', 'Malaysia')).toBe(
      'These follow-ups go to Sarah Lim, so they are timed on Sarah Lim’s clock: Kuala Lumpur time, a 09:00–17:30 working day, and Malaysia’s weekend and public holidays. ' +
        'The zone and the country come from their phone number; the hours are the usual office day. The interview itself stays on the interviewer’s clock (London).',
    );
  });

  it('says nothing when the follow-ups are on the interview’s own clock', () => {
    expect(recipientClockNote(recipientClock(interview({ followUpsTo: '' }), lookups), 'Europe/London', 'England')).toBe('');
  });
});
