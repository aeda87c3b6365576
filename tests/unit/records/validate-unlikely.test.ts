import { describe, expect, it } from 'vitest';
import { unlikelyInterviewDate, unlikelyInterviewTime } from '~/domain/records/validate/unlikely';

// Issue 18, item 4: dates and times a person can mean are saved; others wait until the person says so.
const TODAY = '2026-12-07';
const AHEAD = { problem: 'That date is more than a year from today: check the year.', canKeep: true };
const AGO = { problem: 'That date is more than a year ago: check the year.', canKeep: true };
const year = (digits: string) => ({ problem: `No interview is in the year ${digits}: finish typing the year, or pick the date from the calendar.`, canKeep: false });

describe('unlikelyInterviewDate', () => {
  it.each([
    ['a date typed with the year still on its way (0002)', '0002-12-14', year('0002')],
    ['the next intermediate year (0022)', '0022-12-14', year('0022')],
    ['and the next (0202)', '0202-12-14', year('0202')],
    ['a year with a digit too many (22026)', '22026-12-14', year('22026')],
    ['a year and a day after today', '2027-12-08', AHEAD],
    ['a year and a day before today', '2025-12-06', AGO],
    ['a year from today exactly', '2027-12-07', undefined],
    ['a year ago exactly', '2025-12-07', undefined],
    ['next week', '2026-12-14', undefined],
    ['last month', '2026-11-02', undefined],
    ['no date', '', undefined],
  ])('%s: %s', (_, date, problem) => {
    expect(unlikelyInterviewDate(date, TODAY)).toEqual(problem);
  });

  it('says nothing when today is not known', () => {
    expect(unlikelyInterviewDate('2029-12-14', '')).toBeUndefined();
  });
});

describe('unlikelyInterviewTime', () => {
  const NIGHT = { problem: 'That is at night on the interviewer’s clock (before 06:00 or from 22:00): check the hour, am or pm.', canKeep: true };
  it.each([
    ['00:00', NIGHT],
    ['01:00', NIGHT],
    ['03:30', NIGHT],
    ['05:59', NIGHT],
    ['06:00', undefined],
    ['10:00', undefined],
    ['19:30', undefined],
    ['21:59', undefined],
    ['22:00', NIGHT],
    ['23:45', NIGHT],
    ['', undefined],
    ['9am', undefined],
  ])('%s: %s', (time, problem) => {
    expect(unlikelyInterviewTime(time)).toEqual(problem);
  });
});
