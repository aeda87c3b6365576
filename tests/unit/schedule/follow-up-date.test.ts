import { describe, expect, it } from 'vitest';
import { firstCheckInDate, parseMovedTo, placeOnWorkingDay, weekendMoveNote } from '~/domain/schedule/follow-up-date';

describe('firstCheckInDate', () => {
  const instead = 'so this is 7 days after the interview instead.';
  it.each([
    ['no hear-back date', '', '2026-03-09', []],
    ['a hear-back date after the interview', '2026-03-14', '2026-03-14', []],
    ['a hear-back date on the interview day', '2026-03-02', '2026-03-09', [`The hear-back date 2026-03-02 is not after the interview, ${instead}`]],
    ['a hear-back date before the interview', '2026-02-20', '2026-03-09', [`The hear-back date 2026-02-20 is not after the interview, ${instead}`]],
    ['a half-typed hear-back date', '2026-03-1', '2026-03-09', [`The hear-back date "2026-03-1" is not a date, ${instead}`]],
  ])('after a 2 March interview with %s, aims for %s', (_, hearBackBy, date, notes) => {
    expect(firstCheckInDate({ date: '2026-03-02', hearBackBy })).toEqual({ date, notes });
  });
});

describe('placeOnWorkingDay', () => {
  it.each([
    ['a weekday well clear of the previous one', '2026-03-12', '2026-03-02', '2026-03-12', []],
    ['a Saturday', '2026-03-14', '2026-03-02', '2026-03-16', ['Moved from Saturday to Monday (weekend).']],
    ['a day 2 days after the previous one', '2026-03-04', '2026-03-02', '2026-03-05', ['Moved from Wednesday to Thursday (at least 3 days after the previous follow-up).']],
    ['exactly 3 days after the previous one', '2026-03-05', '2026-03-02', '2026-03-05', []],
    [
      'a day whose 3-day gap ends on a Saturday',
      '2026-03-05',
      '2026-03-04',
      '2026-03-09',
      ['Moved from Thursday to Saturday (at least 3 days after the previous follow-up).', 'Moved from Saturday to Monday (weekend).'],
    ],
    [
      'a day weeks before the previous one',
      '2026-03-09',
      '2026-03-23',
      '2026-03-26',
      ['Moved from 2026-03-09 to 2026-03-26 (at least 3 days after the previous follow-up).'],
    ],
  ])('places %s (%s, previous %s) on %s', (_, target, previous, date, notes) => {
    expect(placeOnWorkingDay(target, previous)).toEqual({ date, notes });
  });
});

describe('parseMovedTo', () => {
  it.each([
    ['2026-03-11T14:30', { date: '2026-03-11', time: '14:30' }],
    [undefined, undefined],
    ['', undefined],
    ['2026-03-11', undefined],
    ['2026-03-11T25:00', undefined],
    ['2026-03-11T14:30:00', undefined],
    ['2026-03-11T14:30T', undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(parseMovedTo(text)).toEqual(expected);
  });
});

describe('weekendMoveNote', () => {
  it.each([
    ['2026-03-13', []],
    ['2026-03-14', ['You moved this to a Saturday; the interviewer may not see it until Monday.']],
    ['2026-03-15', ['You moved this to a Sunday; the interviewer may not see it until Monday.']],
  ])('for a move to %s, notes %j', (date, notes) => {
    expect(weekendMoveNote(date)).toEqual(notes);
  });
});
