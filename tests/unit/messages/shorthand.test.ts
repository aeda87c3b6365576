import { describe, expect, it } from 'vitest';
import { expandShorthand, findShorthand, needsArticle } from '~/domain/messages/shorthand';

describe('expandShorthand', () => {
  it.each([
    ['Q2 launch w/ APAC team', 'the second-quarter launch with APAC team'],
    ['launch in Q4', 'launch in the fourth quarter'],
    ['their Q1 numbers', 'their first-quarter numbers'],
    ['APAC launch Q2', 'APAC launch in the second quarter'],
    ['budget for H2 2026', 'budget for the second half of 2026'],
    ['re: pay bands & benefits', 'about pay bands and benefits'],
    ['SQL + Python', 'SQL and Python'],
    ['w/o a degree', 'without a degree'],
    ['b/c of the merger', 'because of the merger'],
    ['Mixpanel -> Amplitude', 'Mixpanel to Amplitude'],
    ['Mixpanel → Amplitude', 'Mixpanel to Amplitude'],
    ['5 yrs exp, ~12 ppl', '5 years experience, about 12 people'],
    ['stakeholder mgmt thru the dept', 'stakeholder management through the department'],
    ['start in Jan, review by Sept', 'start in January, review by September'],
    ['ASAP pls', 'as soon as possible please'],
    ['in-house vs. agency', 'in-house versus agency'],
    ['hiring mgr = Jane', 'hiring manager is Jane'],
    ['lunch @ 1pm', 'lunch at 1pm'],
  ])('%j → %j', (note, text) => {
    expect(expandShorthand(note)).toBe(text);
  });

  it.each([
    ['AT&T and R&D and P&G', 'names written with an ampersand'],
    ['Jan Kowalski leads the team', 'a name that is also a month'],
    ['Road Q27 and the SQ2 flight', 'codes that contain a quarter'],
    ['sam@acme.example', 'an email address'],
    ['the regional thruway', 'a word that contains shorthand'],
    ['the 10:30 call', 'a time'],
  ])('leaves %j alone (%s)', (note) => {
    expect(expandShorthand(note)).toBe(note);
  });
});

describe('findShorthand', () => {
  it('finds each once, as written', () => {
    expect(findShorthand('Thanks re: the Q2 launch w/ the team, w/ Tom & Ana')).toEqual(['w/', 're:', 'Q2', '&']);
  });

  it('with alwaysOnly, leaves out what prose may use', () => {
    expect(findShorthand('Thanks re: the Q2 launch w/ the team & Ana', true)).toEqual(['w/', 're:']);
  });

  it('finds nothing in an email as a person writes it', () => {
    expect(findShorthand('Thank you for your time on Tuesday. Our conversation about the second-quarter launch stayed with me.')).toEqual([]);
  });
});

describe('needsArticle', () => {
  it.each([
    ['APAC', 'team', true],
    ['EMEA', 'office', true],
    ['APAC', 'growth', false],
    ['Tom', 'team', false],
  ])('%s %s: %s', (word, next, needed) => {
    expect(needsArticle(word, next)).toBe(needed);
  });
});
