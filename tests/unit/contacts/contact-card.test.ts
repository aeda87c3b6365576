import { describe, expect, it } from 'vitest';
import { cardHasDetails, cardTextProblem, emptyCard, webLink } from '~/domain/contacts/contact-card';

describe('cardTextProblem', () => {
  it.each([
    ['a name in any script, with an address over two lines', { name: 'ليلى حداد 🌟', address: '1 Raffles Place\n#20-01' }],
    ['an ampersand and angle-free punctuation', { organization: 'Grün & Partner (Asia) Pte. Ltd.' }],
  ])('accepts %s', (_case, fields) => {
    expect(cardTextProblem({ ...emptyCard(), ...fields })).toBeUndefined();
  });

  it.each([
    ['a tag in the name', { name: '<b>Jane</b>' }, 'HTML (in the name)'],
    ['an image tag in the title', { title: '<img src=x onerror=alert(1)>' }, 'HTML (in the job title)'],
    ['a character reference', { organization: 'Acme &lt;script&gt;' }, 'HTML (in the organisation)'],
    ['a bell in an email', { emails: ['ja\u0007ne@acme.example'] }, 'control characters (in an email address)'],
    ['an escape sequence in a phone', { phones: ['\u001b[31m+65'] }, 'control characters (in a phone number)'],
    ['a tab in the address', { address: 'a\tb' }, 'control characters (in the address)'],
  ])('refuses %s', (_case, fields, what) => {
    expect(cardTextProblem({ ...emptyCard(), ...fields })).toBe(`This card holds ${what}, which no contacts app writes, so Nudge did not use it.`);
  });
});

describe('webLink', () => {
  it.each([
    ['https://www.linkedin.com/in/janetan', 'https://www.linkedin.com/in/janetan'],
    [' HTTP://acme.example ', 'HTTP://acme.example'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['www.acme.example', undefined],
    ['https://acme.example/a b', undefined],
  ])('%j → %j', (text, link) => {
    expect(webLink(text)).toBe(link);
  });
});

describe('cardHasDetails', () => {
  it.each([
    [emptyCard(), false],
    [{ ...emptyCard(), links: ['https://acme.example'] }, true],
    [{ ...emptyCard(), title: 'Head of Data' }, true],
  ])('%j → %s', (card, expected) => {
    expect(cardHasDetails(card)).toBe(expected);
  });
});
