import { describe, expect, it } from 'vitest';
import { audienceOf, describeRole, firstNote, greeting, joinNames, pointsToOffer } from '~/domain/messages/draft-parts';
import { deepFreeze } from '../support/deep-freeze';

describe('pointsToOffer', () => {
  it.each([
    [[], []],
    [['', '   '], []],
    [[' APAC launch ', 'APAC launch', 'team\n size'], ['APAC launch', 'team size']],
  ])('offers %j as %j', (points, offered) => {
    expect(pointsToOffer({ points })).toEqual(offered);
  });
});

describe('describeRole', () => {
  it.each([
    ['Product Designer', 'Acme', 'the Product Designer role at Acme'],
    ['Product Designer', '', 'the Product Designer role'],
    ['', 'Acme', 'the role at Acme'],
    ['', '  ', 'the [role] role at [company]'],
  ])('describes role %j at %j as %j', (role, company, phrase) => {
    expect(describeRole({ role, company })).toBe(phrase);
  });
});

describe('audienceOf', () => {
  it.each([
    [{}, 'interviewer'],
    [{ contactRole: 'interviewer' as const }, 'interviewer'],
    [{ contactRole: 'coordinator' as const }, 'coordinator'],
    [{ contactRole: 'recruiter' as const }, 'recruiter'],
  ])('reads %j as %s', (contact, audience) => {
    expect(audienceOf(contact)).toBe(audience);
  });
});

describe('greeting', () => {
  it.each([
    ['Jane Tan', 'GB', 'Dear Jane,'],
    ['Jane Tan', '', 'Dear Jane,'],
    ['Tan Mei Ling', 'SG', 'Dear Tan Mei Ling,'],
    ['  陈美玲 ', 'CN', 'Dear 陈美玲,'],
    ['', 'GB', "Dear [interviewer's name],"],
  ])('greets %j in %j as %j', (name, country, text) => {
    expect(greeting({ name }, country)).toBe(text);
  });
});

describe('joinNames', () => {
  it.each([
    [[], 'the panel'],
    [['', '  '], 'the panel'],
    [['Jane Tan'], 'Jane Tan'],
    [['Jane Tan', ' Tom  Hughes '], 'Jane Tan and Tom Hughes'],
    [['Jane Tan', 'Tom Hughes', 'Ana Silva'], 'Jane Tan, Tom Hughes and Ana Silva'],
  ])('joins %j as %j', (names, text) => {
    expect(joinNames(names, 'the panel')).toBe(text);
  });

  it('does not change its input', () => {
    const names = deepFreeze(['Jane Tan', 'Tom Hughes']);
    joinNames(names, 'x');
    expect(names).toEqual(['Jane Tan', 'Tom Hughes']);
  });
});

describe('firstNote', () => {
  it.each([
    ['', ''],
    ['The case study.', 'The case study'],
    ['- The route-data project from my placement.\n- Tom uses Python too.', 'The route-data project from my placement'],
    ['Team of 6. Growing to 9 this year.', 'Team of 6'],
    ['1. Weekly reporting\n2. Power BI', 'Weekly reporting'],
  ])('takes the first thing in %j: %j', (note, text) => {
    expect(firstNote(note)).toBe(text);
  });
});
