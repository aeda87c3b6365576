import { describe, expect, it } from 'vitest';
import { firstCheckInTarget, movedOntoDayOffNote, nextCheckInTarget, parseMovedTo, placeOnWorkingDay } from '~/domain/schedule/follow-up-date';
import { weekendOnlyCalendar } from '~/domain/schedule/holiday-calendar';
import { england, singapore } from '../support/holidays';

describe('firstCheckInTarget', () => {
  const instead = 'so this is a week after the interview instead.';
  it.each([
    ['no hear-back date', '', 1, '2026-03-09', []],
    ['no hear-back date, two weeks chosen', '', 2, '2026-03-16', []],
    ['a hear-back date after the interview', '2026-03-13', 1, '2026-03-14', ['They said you would hear by Fri 13 Mar, so this waits for the first working day after it.']],
    ['a hear-back date on the interview day', '2026-03-02', 1, '2026-03-09', [`The hear-back date 2026-03-02 is not after the interview, ${instead}`]],
    ['a hear-back date before the interview', '2026-02-20', 1, '2026-03-09', [`The hear-back date 2026-02-20 is not after the interview, ${instead}`]],
    ['a half-typed hear-back date, two weeks chosen', '2026-03-1', 2, '2026-03-16', ['The hear-back date "2026-03-1" is not a date, so this is 2 weeks after the interview instead.']],
  ] as const)('after a 2 March interview with %s, aims for %s', (_, hearBackBy, checkInAfterWeeks, date, notes) => {
    expect(firstCheckInTarget({ date: '2026-03-02', hearBackBy, checkInAfterWeeks })).toEqual({ date, notes });
  });

  it.each([
    ['a Thursday', '2026-03-12', '2026-03-12', ['You proposed Thu 12 Mar yourself, so this is on that day.']],
    ['a Saturday (the weekend is skipped later)', '2026-03-14', '2026-03-14', ['You proposed Sat 14 Mar yourself, so this is on that day.']],
    ['the interview day, which cannot be used', '2026-03-02', '2026-03-09', ['The hear-back date 2026-03-02 is not after the interview, so this is a week after the interview instead.']],
  ] as const)('when the person proposed %s themselves, aims for that very day', (_, hearBackBy, date, notes) => {
    expect(firstCheckInTarget({ date: '2026-03-02', hearBackBy, checkInAfterWeeks: 1, notes: { proposedDate: true } })).toEqual({ date, notes });
  });

  it('waits for the day after a date they gave when the person did not propose it', () => {
    expect(firstCheckInTarget({ date: '2026-03-02', hearBackBy: '2026-03-12', checkInAfterWeeks: 1, notes: { proposedDate: false } }).date).toBe('2026-03-13');
  });
});

describe('nextCheckInTarget', () => {
  it.each([
    ['a pending check-in', { status: 'pending', saidBy: '' }, '2026-03-30', []],
    ['a done check-in without a new date', { status: 'done', saidBy: '' }, '2026-03-30', []],
    ['a done check-in with a new date', { status: 'done', saidBy: '2026-03-27' }, '2026-03-28', ['They said: by Fri 27 Mar, so this waits for the first working day after it.']],
    ['a skipped check-in with a new date', { status: 'skipped', saidBy: '2026-03-27' }, '2026-03-30', []],
    ['a done check-in with a date on the same day', { status: 'done', saidBy: '2026-03-16' }, '2026-03-30', ['"They said: by 2026-03-16" is not a date after that check-in, so this is 14 days on instead.']],
  ])('after %s on 16 March, aims for %s', (_, state, date, notes) => {
    expect(nextCheckInTarget({ date: '2026-03-16', ...state })).toEqual({ date, notes });
  });
});

describe('placeOnWorkingDay', () => {
  const plain = weekendOnlyCalendar();
  it.each([
    ['a weekday well clear of the previous one', '2026-03-12', '2026-03-02', plain, '2026-03-12', []],
    ['a Saturday', '2026-03-14', '2026-03-02', plain, '2026-03-16', ['Moved from Sat 14 Mar: the weekend.']],
    ['a day 2 days after the previous one', '2026-03-04', '2026-03-02', plain, '2026-03-05', ['Moved from Wed 4 Mar: at least 3 days after the previous follow-up.']],
    ['exactly 3 days after the previous one', '2026-03-05', '2026-03-02', plain, '2026-03-05', []],
    ['a day whose gap ends on a Saturday', '2026-03-05', '2026-03-04', plain, '2026-03-09', ['Moved from Thu 5 Mar: at least 3 days after the previous follow-up.', 'Moved from Sat 7 Mar: the weekend.']],
    ['Christmas Day in Singapore', '2026-12-25', '2026-12-01', singapore, '2026-12-28', ['Moved from Fri 25 Dec: Christmas Day in Singapore, then the weekend.']],
    ['Easter Monday in England', '2026-04-06', '2026-03-23', england, '2026-04-07', ['Moved from Mon 6 Apr: Easter Monday in England.']],
  ])('places %s (%s, previous %s)', (_, target, previous, calendar, date, notes) => {
    expect(placeOnWorkingDay(target, previous, calendar)).toEqual({ date, notes });
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
  ])('reads %j as %j', (text, expected) => {
    expect(parseMovedTo(text)).toEqual(expected);
  });
});

describe('movedOntoDayOffNote', () => {
  it.each([
    ['2026-03-13', []],
    ['2026-03-14', ['You moved this to Sat 14 Mar (the weekend); they may not see it until their next working day.']],
    ['2026-12-25', ['You moved this to Fri 25 Dec (Christmas Day in Singapore); they may not see it until their next working day.']],
  ])('for a move to %s, notes %j', (date, notes) => {
    expect(movedOntoDayOffNote(date, singapore)).toEqual(notes);
  });
});
