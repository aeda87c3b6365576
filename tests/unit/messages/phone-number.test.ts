import { describe, expect, it } from 'vitest';
import { phoneNumberProblem, telLink } from '~/domain/messages/phone-number';

const singapore = { country: 'SG', name: 'Singapore' };
const uk = { country: 'GB', name: 'United Kingdom' };
const unknown = { country: '', name: '' };

describe('telLink', () => {
  it.each([
    ['+44 (0)20 7946 0958', singapore, 'tel:+442079460958'],
    ['+65 6123 4567 x12', uk, 'tel:+6561234567;ext=12'],
    ['6123 4567', singapore, 'tel:+6561234567'],
    ['020 7946 0958', uk, 'tel:+442079460958'],
    ['+1 (212) 555-0100 ext. 7', uk, 'tel:+12125550100;ext=7'],
  ])('dials %s (read in %o) as %s', (text, place, href) => {
    expect(telLink(text, place)).toEqual({ ok: true, href });
  });

  it('gives no link for a number that cannot be dialled, and says why', () => {
    expect(telLink('12 34', uk)).toEqual({ ok: false, problem: 'That number is too short for the United Kingdom: include the area code.' });
  });
});

describe('phoneNumberProblem', () => {
  it.each([
    ['', singapore, undefined],
    ['+65 6123 4567', uk, undefined],
    ['12 34', singapore, 'That number is too short for Singapore: include the area code.'],
    ['+65 6123 4567 8901 2345', singapore, 'That number is too long for Singapore: check it against their card.'],
    ['call me', singapore, 'That cannot be a phone number: use digits, with the country code (like +65) if it is not a number in Singapore.'],
    ['6123 4567', unknown, 'Add the country code, like +65 6123 4567: Nudge cannot tell which country this number is in.'],
    ['+999 1234 5678', singapore, 'That country code does not exist: check the digits after the +.'],
  ])('for %j read in %o, is %j', (text, place, problem) => {
    expect(phoneNumberProblem(text, place)).toBe(problem);
  });
});
