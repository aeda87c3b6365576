import { describe, expect, it } from 'vitest';
import { holidayCalendarFromData, isEstimatedRule } from '~/domain/schedule/holidays-from-data';
import { unknownHolidaysNote, weekendOnlyCalendar } from '~/domain/schedule/holiday-calendar';
import { dayOffReason, onOrAfterWorkingDay } from '~/domain/schedule/working-day';
import { deepFreeze } from '../support/deep-freeze';
import { data, england, holidaysOf } from '../support/holidays';

const malaysia = holidaysOf('MY', '', 'Malaysia');
const kuwait = holidaysOf('KW', '', 'Kuwait');
const nigeria = holidaysOf('NG', '', 'Nigeria');
const japan = holidaysOf('JP', '', 'Japan');

describe('isEstimatedRule', () => {
  it.each([
    ['1 Shawwal P3D', true],
    ['9 Dhu al-Hijjah', true],
    ['2 days before 1 Shawwal P7D', true],
    ['12 Rabi al-awwal', true],
    ['chinese 01-0-01', false],
    ['12-25', false],
    ['easter -2', false],
  ])('%s gives an estimated date: %s', (rule, estimated) => {
    expect(isEstimatedRule(rule)).toBe(estimated);
  });
});

describe('estimated holidays: the day before and after are avoided too', () => {
  // Eid al-Fitr 2027: 9 March on the Umm al-Qura calendar, 10 March where the moon is sighted a day later.
  it.each([
    ['2027-03-08', 'the day before'],
    ['2027-03-09', 'the first day'],
    ['2027-03-10', 'the day other lists give'],
    ['2027-03-12', 'the day after the three'],
  ])('in Kuwait, %s (%s) is closed and the note says the date is an estimate', (date) => {
    expect(dayOffReason(date, kuwait)).toMatch(/its dates? (?:is|are) an estimate, so the day before and after are avoided too/u);
  });

  it('names an estimated holiday once in a note, however many of its days a follow-up steps over', () => {
    expect(onOrAfterWorkingDay('2026-08-24', nigeria)).toEqual({
      date: '2026-08-27',
      note: 'Moved from Mon 24 Aug: Birthday of Muhammad (Mawlid) in Nigeria (its date is an estimate, so the day before and after are avoided too).',
    });
  });

  it('a Gregorian holiday blocks only its own day', () => {
    expect(dayOffReason('2026-12-24', holidaysOf('SG', '', 'Singapore'))).toBeUndefined();
    expect(dayOffReason('2026-12-26', holidaysOf('SG', '', 'Singapore'))).toBe('the weekend');
  });
});

describe('office closures: multi-day breaks block their whole length', () => {
  it.each([
    [england, '2026-12-29', '2027-01-04', 'Moved from Tue 29 Dec: most offices in the UK are closed between Christmas and New Year, then the weekend.'],
    [england, '2027-12-31', '2028-01-04', "Moved from Fri 31 Dec: most offices in the UK are closed between Christmas and New Year, then the weekend, then New Year's Day (substitute day) in England."],
    [japan, '2027-04-30', '2027-05-06', 'Moved from Fri 30 Apr: many offices in Japan close for Golden Week.'],
    [malaysia, '2026-03-19', '2026-03-24', 'Moved from Thu 19 Mar: many offices in Malaysia close for Hari Raya Aidilfitri (its dates are an estimate, so the day before and after are avoided too).'],
    [holidaysOf('CN', '', 'China'), '2026-02-16', '2026-02-25', 'Moved from Mon 16 Feb: offices in China close for the Spring Festival week.'],
    [holidaysOf('US', '', 'United States'), '2026-11-27', '2026-11-30', 'Moved from Fri 27 Nov: many offices in the US close for Thanksgiving and the day after, then the weekend.'],
  ])('%#: %s moves to %s, saying why', (calendar, date, working, note) => {
    expect(onOrAfterWorkingDay(date, calendar)).toEqual({ date: working, note });
  });

  it('knows a shutdown that began the year before (1 January 2027 is in the break of December 2026)', () => {
    expect(england.closedOn?.('2027-01-01').map((closure) => closure.kind)).toEqual(['break']);
  });

  it('leaves the data it was built from unchanged', () => {
    const frozen = deepFreeze(structuredClone(data));
    const calendar = holidayCalendarFromData(frozen, { country: 'GB', region: 'ENG', placeName: 'England' });
    expect(calendar.closedOn?.('2026-12-29')).toHaveLength(1);
    expect(calendar.holidaysOn('2026-12-25')).toEqual(['Christmas Day']);
    expect(frozen).toEqual(data);
  });
});

describe('countries date-holidays lacks, written in its rule format', () => {
  it.each([
    ['KW', '2026-02-25', 'National Day'],
    ['QA', '2026-12-18', 'National Day'],
    ['QA', '2026-02-10', 'National Sport Day'],
    ['JO', '2026-05-25', 'Independence Day'],
    ['OM', '2026-01-11', 'Accession Day'],
    ['IQ', '2026-07-14', 'Republic Day'],
    ['MV', '2026-07-26', 'Independence Day'],
  ])('%s keeps %s: %s', (country, date, name) => {
    expect(holidaysOf(country, '', country).holidaysOn(date)).toContain(name);
  });
});

describe('unknownHolidaysNote: where Nudge knows no holidays, the planner says so', () => {
  it('says nothing for a country whose holidays it has', () => {
    expect(unknownHolidaysNote(england, 'Europe/London')).toBe('');
  });

  it('asks for the country when the zone names none', () => {
    expect(unknownHolidaysNote(weekendOnlyCalendar(), 'UTC')).toBe(
      'Nudge cannot tell the interviewer’s country from their time zone (UTC), so these dates avoid only Saturday and Sunday, not public holidays. Choose their country under “Interviewer country” to avoid its holidays too.',
    );
  });

  it('names a country it has no list for, and its weekend', () => {
    expect(unknownHolidaysNote(weekendOnlyCalendar('AF', 'Afghanistan'), 'Asia/Kabul')).toBe(
      'Nudge has no list of public holidays for Afghanistan, so these dates avoid only Thursday and Friday. Check them against their holidays before you send.',
    );
  });
});
