import { describe, expect, it } from 'vitest';
import { createInterview, NAME_AS_TYPED } from '~/domain/records/defaults';
import type { Interview, Interviewer, Profile } from '~/domain/records/model';
import { isValidDate, isValidEmail, isValidPhone, isValidTime, isValidTimeZone } from '~/domain/records/validate/fields';
import { isExportable, validateInterview } from '~/domain/records/validate/interview';
import { validateProfile } from '~/domain/records/validate/profile';

const today = '2026-03-02';

const valid: Interview = Object.freeze({
  ...createInterview({ id: 'a', interviewerId: 'p-1', now: new Date('2026-03-02T09:00:00Z'), timeZone: 'Europe/London', today }),
  company: 'Acme Robotics',
  role: 'Product designer',
  time: '14:30',
  interviewers: [
    { id: 'p-1', contactRole: 'interviewer' as const, name: 'Jane Okafor', title: 'Design lead', email: 'jane@acme.com', phone: '+44 20 7946 0000', address: '', links: [], timeZone: '', timeZoneFrom: '' as const, country: '', countryFrom: '' as const, ...NAME_AS_TYPED },
    { id: 'p-2', contactRole: 'interviewer' as const, name: '', title: '', email: '', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '' as const, country: '', countryFrom: '' as const, ...NAME_AS_TYPED },
  ],
});

function withInterviewer(change: Partial<Interviewer>, index = 0): Partial<Interview> {
  return { interviewers: valid.interviewers.map((person, at) => (at === index ? { ...person, ...change } : person)) };
}

const INCOMPLETE_EMAIL = 'That email address looks incomplete: it needs an @ and a domain, like jane@acme.com.';
const ONE_EMAIL = 'Enter one email address only, without a name, commas or angle brackets, like jane@acme.com.';
const noSuchDate = (date: string) => `That date (${date}) doesn't exist: check the day and month.`;

describe('validateInterview', () => {
  it('finds nothing wrong with a complete interview', () => {
    expect(validateInterview(valid, { today })).toEqual({});
  });

  it.each<{ name: string; change: Partial<Interview>; errors: Record<string, string> }>([
    // company and role
    { name: 'an empty company', change: { company: '' }, errors: { company: "Add the company's name." } },
    { name: 'a company of spaces', change: { company: '   ' }, errors: { company: "Add the company's name." } },
    { name: 'a 201-character company', change: { company: 'x'.repeat(201) }, errors: { company: 'Shorten the company name to 200 characters or fewer.' } },
    { name: 'a 200-character company', change: { company: 'x'.repeat(200) }, errors: {} },
    { name: 'a company of 200 emoji (one character each)', change: { company: '🏢'.repeat(200) }, errors: {} },
    { name: '<script> in the company, kept as text', change: { company: '<script>alert(1)</script>' }, errors: {} },
    { name: 'an empty role', change: { role: '' }, errors: {} },
    { name: 'a 201-character role', change: { role: 'r'.repeat(201) }, errors: { role: 'Shorten the role to 200 characters or fewer.' } },
    // date
    { name: 'an empty date', change: { date: '' }, errors: { date: 'Add the date of the interview.' } },
    { name: '30 February', change: { date: '2026-02-30' }, errors: { date: noSuchDate('2026-02-30') } },
    { name: 'month 13', change: { date: '2026-13-01' }, errors: { date: noSuchDate('2026-13-01') } },
    { name: 'a date written day first', change: { date: '02/03/2026' }, errors: { date: 'Use a date like 2026-03-02 (this one is saved as “02/03/2026”).' } },
    { name: 'a date exactly 2 years away', change: { date: '2028-03-02', hearBackBy: '' }, errors: {} },
    { name: 'a date more than 2 years away', change: { date: '2028-03-03', hearBackBy: '' }, errors: { date: 'That date is more than 2 years away: check the year.' } },
    { name: 'a date exactly a year ago', change: { date: '2025-03-02' }, errors: {} },
    { name: 'a date more than a year ago', change: { date: '2025-03-01' }, errors: { date: 'That date is more than a year ago: check the year.' } },
    // time
    { name: 'no time', change: { time: '' }, errors: {} },
    { name: 'midnight', change: { time: '00:00' }, errors: {} },
    { name: 'a minute to midnight', change: { time: '23:59' }, errors: {} },
    { name: 'the time 24:00', change: { time: '24:00' }, errors: { time: 'Use a time like 14:30.' } },
    { name: 'a 12-hour time', change: { time: '2:30 pm' }, errors: { time: 'Use a time like 14:30.' } },
    // time zone
    { name: 'no time zone', change: { timeZone: '' }, errors: { timeZone: "Choose the interviewer's time zone." } },
    { name: 'an unknown time zone', change: { timeZone: 'Mars/Olympus' }, errors: { timeZone: "That time zone isn't one Nudge knows: type their city or country, like London or UK, and choose from the list." } },
    { name: 'an offset instead of a zone', change: { timeZone: '+05:30' }, errors: { timeZone: "That time zone isn't one Nudge knows: type their city or country, like London or UK, and choose from the list." } },
    { name: 'the zone UTC', change: { timeZone: 'UTC' }, errors: {} },
    { name: 'the old alias Asia/Calcutta', change: { timeZone: 'Asia/Calcutta' }, errors: {} },
    // workday start
    { name: 'a workday starting at 05:00', change: { workdayStart: '05:00' }, errors: {} },
    { name: 'a workday starting at 12:00', change: { workdayStart: '12:00' }, errors: {} },
    { name: 'a workday starting at 04:59', change: { workdayStart: '04:59' }, errors: { workdayStart: 'Choose a start between 05:00 and 12:00.' } },
    { name: 'a workday starting at 12:01', change: { workdayStart: '12:01' }, errors: { workdayStart: 'Choose a start between 05:00 and 12:00.' } },
    { name: 'a workday start of 9am', change: { workdayStart: '9am' }, errors: { workdayStart: 'Use a time like 09:00.' } },
    // hear-back date
    { name: 'no hear-back date', change: { hearBackBy: '' }, errors: {} },
    { name: 'a hear-back date on the interview day', change: { hearBackBy: '2026-03-02' }, errors: {} },
    { name: 'a hear-back date before the interview', change: { hearBackBy: '2026-03-01' }, errors: { hearBackBy: 'The hear-back date is before the interview: check the date they gave you.' } },
    { name: 'a hear-back date exactly a year after', change: { hearBackBy: '2027-03-02' }, errors: {} },
    { name: 'a hear-back date more than a year after', change: { hearBackBy: '2027-03-03' }, errors: { hearBackBy: "That's more than a year after the interview: check the year." } },
    { name: 'a hear-back date of 30 February', change: { hearBackBy: '2026-02-30' }, errors: { hearBackBy: noSuchDate('2026-02-30') } },
    { name: 'a hear-back date when the interview date is bad', change: { date: '2026-02-30', hearBackBy: '2026-01-01' }, errors: { date: noSuchDate('2026-02-30') } },
    // interviewers
    { name: 'no name for the first interviewer', change: withInterviewer({ name: ' ' }), errors: { 'interviewers.0.name': "Add the interviewer's name, spelled as on their card." } },
    { name: 'no name for a recruiter on the first card', change: withInterviewer({ name: '', contactRole: 'recruiter' }), errors: { 'interviewers.0.name': 'Add their name, spelled as on their card.' } },
    { name: 'no name for the second interviewer', change: withInterviewer({ name: '' }, 1), errors: {} },
    { name: 'a 201-character name', change: withInterviewer({ name: 'n'.repeat(201) }, 1), errors: { 'interviewers.1.name': 'Shorten the name to 200 characters or fewer.' } },
    { name: 'a name in Chinese', change: withInterviewer({ name: '陈伟' }), errors: {} },
    { name: 'a name in Arabic', change: withInterviewer({ name: 'ليلى حداد' }), errors: {} },
    { name: 'a name with emoji', change: withInterviewer({ name: 'Sam 🦄 O’Neil' }), errors: {} },
    { name: 'no email', change: withInterviewer({ email: '' }), errors: {} },
    { name: 'an email without a domain', change: withInterviewer({ email: 'jane@acme' }), errors: { 'interviewers.0.email': INCOMPLETE_EMAIL } },
    { name: 'an email without an @', change: withInterviewer({ email: 'jane.acme.com' }), errors: { 'interviewers.0.email': INCOMPLETE_EMAIL } },
    { name: 'an email with a space', change: withInterviewer({ email: 'jane @acme.com' }), errors: { 'interviewers.0.email': 'Take out the spaces: an email address has none, like jane@acme.com.' } },
    { name: 'two emails', change: withInterviewer({ email: 'jane@acme.com, boss@acme.com' }), errors: { 'interviewers.0.email': ONE_EMAIL } },
    { name: 'a name and an email', change: withInterviewer({ email: 'Jane <jane@acme.com>' }), errors: { 'interviewers.0.email': ONE_EMAIL } },
    { name: 'an email with a query', change: withInterviewer({ email: 'jane?cc=x@acme.com' }), errors: { 'interviewers.0.email': "That email address has a character addresses don't use: check it against their card." } },
    { name: 'a phone number with letters', change: withInterviewer({ phone: '555-CALL-NOW' }), errors: { 'interviewers.0.phone': 'Use only digits, spaces and + ( ) - . in a phone number.' } },
    { name: 'a phone number of 5 digits', change: withInterviewer({ phone: '12 345' }), errors: { 'interviewers.0.phone': 'That number looks too short: include the area code.' } },
    { name: 'a phone number of 21 digits', change: withInterviewer({ phone: '1'.repeat(21) }), errors: { 'interviewers.0.phone': 'That number has more than 20 digits: check it.' } },
    { name: 'a phone number with brackets and dots', change: withInterviewer({ phone: '+1 (555) 123.4567' }), errors: {} },
    { name: 'no phone number', change: withInterviewer({ phone: '' }), errors: {} },
    // check-ins and notes
    { name: 'a check-in limit of 0', change: { checkInLimit: 0 }, errors: { checkInLimit: 'Choose a number from 1 to 6.' } },
    { name: 'a check-in limit of 7', change: { checkInLimit: 7 }, errors: { checkInLimit: 'Choose a number from 1 to 6.' } },
    { name: 'a check-in limit of 2.5', change: { checkInLimit: 2.5 }, errors: { checkInLimit: 'Choose a number from 1 to 6.' } },
    { name: 'a check-in limit of 6', change: { checkInLimit: 6 }, errors: {} },
    // the interviewer's working day
    { name: 'a working day ending at 18:00', change: { workdayEnd: '18:00' }, errors: {} },
    { name: 'a working day end that is not a time', change: { workdayEnd: '5pm' }, errors: { workdayEnd: 'Use a time like 17:30.' } },
    {
      name: 'a working day of two hours',
      change: { workdayStart: '09:00', workdayEnd: '11:00' },
      errors: { workdayEnd: 'Their day should end at least 3 hours after it starts, so a call fits between their first and last hours.' },
    },
    { name: 'notes of 10,000 characters', change: { notes: { ...valid.notes, learned: 'a'.repeat(10_000), openQuestions: 'q'.repeat(20_000) } }, errors: {} },
  ])('reports $name', ({ change, errors }) => {
    expect(validateInterview({ ...valid, ...change }, { today })).toEqual(errors);
  });

  it.each<{ name: string; change: Partial<Interviewer>; errors: Record<string, string> }>([
    { name: 'name parts of a Singapore card', change: { givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms' }, errors: {} },
    { name: 'HTML in a given name', change: { givenName: '<img src=x onerror=alert(1)>' }, errors: { 'interviewers.0.givenName': 'Take the markup out of the given name: a name is plain text.' } },
    { name: 'a character reference in a family name', change: { familyName: 'Tan&#60;' }, errors: { 'interviewers.0.familyName': 'Take the markup out of the family name: a name is plain text.' } },
    {
      name: 'a right-to-left override in a family name',
      change: { familyName: 'Tan\u202E' },
      errors: { 'interviewers.0.familyName': 'The family name holds hidden characters that change how text is shown (such as a right-to-left mark): retype it.' },
    },
    {
      name: 'a control character in a title',
      change: { honorific: 'Ms\u0007' },
      errors: { 'interviewers.0.honorific': 'The title holds hidden characters that change how text is shown (such as a right-to-left mark): retype it.' },
    },
    { name: 'a 10,000-character given name', change: { givenName: 'a'.repeat(10_000) }, errors: { 'interviewers.0.givenName': 'Shorten the given name to 100 characters or fewer.' } },
    { name: 'a 31-character title', change: { honorific: 'D'.repeat(31) }, errors: { 'interviewers.0.honorific': 'Shorten the title to 30 characters or fewer.' } },
    { name: 'their own words after "Dear", too long', change: { salutation: 'own', greetAs: 'x'.repeat(61) }, errors: { 'interviewers.0.greetAs': 'Shorten how you greet them to 60 characters or fewer.' } },
    { name: 'their own words unused while another form is chosen', change: { salutation: 'given', greetAs: '<b>x</b>' }, errors: {} },
  ])('checks the name parts: $name', ({ change, errors }) => {
    expect(validateInterview({ ...valid, ...withInterviewer(change) }, { today })).toEqual(errors);
  });

  it('reports several fields at once, each under its own path', () => {
    const interview = { ...valid, company: '', date: '2026-02-30', ...withInterviewer({ email: 'jane@' }) };
    expect(Object.keys(validateInterview(interview, { today }))).toEqual(['company', 'date', 'interviewers.0.email']);
  });

  it('never changes the interview it checks', () => {
    const interview = structuredClone({ ...valid, company: '  ', time: '25:00' });
    const before = structuredClone(interview);
    validateInterview(interview, { today });
    expect(interview).toEqual(before);
  });
});

describe('validateProfile', () => {
  const empty: Profile = { schemaVersion: 3, name: '', email: '', mobile: '', dayStart: '08:00', dayEnd: '21:00' };

  it.each<{ name: string; change: Partial<Profile>; errors: Record<string, string> }>([
    { name: 'an empty profile', change: {}, errors: {} },
    { name: 'a complete profile in Chinese', change: { name: '王芳', email: 'wang.fang@example.cn', mobile: '+86 10 1234 5678' }, errors: {} },
    { name: 'a 201-character name', change: { name: 'n'.repeat(201) }, errors: { name: 'Shorten your name to 200 characters or fewer.' } },
    { name: 'an incomplete email', change: { email: 'ana@' }, errors: { email: INCOMPLETE_EMAIL } },
    { name: 'a mobile with letters', change: { mobile: 'call me' }, errors: { mobile: 'Use only digits, spaces and + ( ) - . in a phone number.' } },
    { name: 'a day from 07:00 to 23:30', change: { dayStart: '07:00', dayEnd: '23:30' }, errors: {} },
    { name: 'a day that ends after midnight', change: { dayStart: '10:00', dayEnd: '01:00' }, errors: {} },
    { name: 'a day start that is not a time', change: { dayStart: '8' }, errors: { dayStart: 'Use a time like 08:00.' } },
    { name: 'a day end that is not a time', change: { dayEnd: '' }, errors: { dayEnd: 'Use a time like 21:00.' } },
    { name: 'a day that ends when it starts', change: { dayStart: '08:00', dayEnd: '08:00' }, errors: { dayEnd: 'Your day should end at a different time from when it starts.' } },
  ])('reports $name', ({ change, errors }) => {
    expect(validateProfile({ ...empty, ...change })).toEqual(errors);
  });
});

describe('isExportable', () => {
  it.each<{ name: string; change: Partial<Interview>; result: ReturnType<typeof isExportable> }>([
    { name: 'a valid interview', change: {}, result: { ok: true } },
    { name: 'an interview with other fields to fix', change: { company: '', time: '9', ...withInterviewer({ email: 'x' }) }, result: { ok: true } },
    { name: 'an interview without a date', change: { date: '' }, result: { ok: false, reason: 'Before exporting, fix the interview date.' } },
    { name: 'an interview years away', change: { date: '2030-01-01' }, result: { ok: false, reason: 'Before exporting, fix the interview date.' } },
    { name: 'an interview in an unknown zone', change: { timeZone: 'Mars/Olympus' }, result: { ok: false, reason: "Before exporting, fix the interviewer's time zone." } },
    {
      name: 'an interview with neither',
      change: { date: '2026-02-30', timeZone: '' },
      result: { ok: false, reason: "Before exporting, fix the interview date and the interviewer's time zone." },
    },
  ])('answers for $name', ({ change, result }) => {
    const interview = { ...valid, ...change };
    expect(isExportable(interview, validateInterview(interview, { today }))).toEqual(result);
  });

  it('checks the date and zone itself when the errors are stale', () => {
    expect(isExportable({ ...valid, date: '2026-02-30' }, {})).toEqual({ ok: false, reason: 'Before exporting, fix the interview date.' });
  });
});

describe('predicates', () => {
  it.each([
    ['jane@acme.com', true],
    ['jane.o+jobs@mail.acme.co.uk', true],
    ["o'brien@acme.ie", true],
    ['wang@例子.中国', true],
    ['', false],
    ['jane', false],
    ['jane@', false],
    ['@acme.com', false],
    ['jane@acme', false],
    ['jane@acme.c', false],
    ['jane@acme..com', false],
    ['jane @acme.com', false],
    ['jane@acme.com ', false],
    ['jane@acme.com,boss@acme.com', false],
    ['jane@acme.com;boss@acme.com', false],
    ['Jane <jane@acme.com>', false],
    ['a@b@acme.com', false],
    ['jane@acme.com?cc=boss@acme.com', false],
    ['jane?cc=boss@acme.com', false],
    ['jane@acme.com\nBcc: boss@acme.com', false],
  ])('isValidEmail(%j) is %s', (text, expected) => {
    expect(isValidEmail(text)).toBe(expected);
  });

  it.each([
    ['00:00', true],
    ['14:30', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
    ['14:60', false],
    ['14:30:00', false],
    ['', false],
  ])('isValidTime(%j) is %s', (text, expected) => {
    expect(isValidTime(text)).toBe(expected);
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-3-2', false],
    ['02/03/2026', false],
    ['', false],
  ])('isValidDate(%j) is %s', (text, expected) => {
    expect(isValidDate(text)).toBe(expected);
  });

  it.each([
    ['Europe/London', true],
    ['Asia/Singapore', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Asia/Calcutta', true],
    ['', false],
    ['Mars/Olympus', false],
    ['+05:30', false],
  ])('isValidTimeZone(%j) is %s', (text, expected) => {
    expect(isValidTimeZone(text)).toBe(expected);
  });

  it.each([
    ['+65 6123 4567', true],
    ['(020) 7946-0000', true],
    ['123456', true],
    ['12345', false],
    ['1'.repeat(21), false],
    ['+44 20 7946 0000 ext 2', false],
    ['', false],
  ])('isValidPhone(%j) is %s', (text, expected) => {
    expect(isValidPhone(text)).toBe(expected);
  });
});
