import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { greeting } from '~/domain/messages/draft-parts';
import { defaultSalutation, GREETING_CHARS, greetingName, greetingText, salutationChoices, type GreetedContact } from '~/domain/messages/salutation';
import { isEastAsianFamilyName } from '~/domain/messages/name-parts';
import { deepFreeze } from '../support/deep-freeze';

const MEI_LING: GreetedContact = { name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms' };

describe('greetingName: the form of address by country, by default', () => {
  it.each([
    ['Tom in London', { name: 'Tom Hughes' }, 'GB', 'Tom'],
    ['Sarah, an agency recruiter in Kuala Lumpur', { name: 'Sarah Lim' }, 'MY', 'Sarah'],
    ['Ms Tan of a Singapore card, family name first', MEI_LING, 'SG', 'Ms Tan'],
    ['Ms Tan of the same card, written to in Malaysia', MEI_LING, 'MY', 'Mei Ling'],
    ['a Singapore contact with no title known', { name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan' }, 'SG', 'Tan Mei Ling'],
    ['a card with no parts, family name first', { name: 'Tan Mei Ling' }, 'GB', 'Tan Mei Ling'],
    ['a card with no parts but a title, in Singapore', { name: 'Tan Mei Ling', honorific: 'Ms' }, 'SG', 'Ms Tan Mei Ling'],
    ['Dr Schmidt in Berlin', { name: 'Anna Schmidt', honorific: 'Dr' }, 'DE', 'Dr Schmidt'],
    ['a Malay name', { name: 'Siti Nurhaliza binti Tarudin' }, 'MY', 'Siti Nurhaliza'],
    ['an unknown country: the given name, as most private-sector email', { name: 'Tom Hughes' }, '', 'Tom'],
    ['Chinese characters', { name: '陈美玲' }, 'CN', '陈美玲'],
  ] as const)('%s', (_, contact, country, text) => {
    expect(greetingName(contact, country)).toBe(text);
  });

  it.each([
    ['given', 'Mei Ling'],
    ['title-family', 'Ms Tan'],
    ['full', 'Tan Mei Ling'],
    ['auto', 'Ms Tan'],
  ] as const)('follows the setting for the contact: %s → %j', (salutation, text) => {
    expect(greetingName({ ...MEI_LING, salutation }, 'SG')).toBe(text);
  });

  it('uses the person\'s own words when they chose them, and the default when they left them blank', () => {
    expect(greetingName({ name: 'Siti Nurhaliza binti Tarudin', salutation: 'own', greetAs: 'Puan Siti' }, 'MY')).toBe('Puan Siti');
    expect(greetingName({ name: 'Tom Hughes', salutation: 'own', greetAs: '  ' }, 'GB')).toBe('Tom Hughes');
  });

  it('falls back to the full name when the chosen form cannot be made', () => {
    expect(greetingName({ name: 'Tom Hughes', salutation: 'title-family' }, 'GB')).toBe('Tom Hughes');
    expect(greetingName({ name: 'Tan Mei Ling', salutation: 'given' }, 'GB')).toBe('Tan Mei Ling');
  });

  it('never greets by a family name alone', () => {
    expect(greeting({ name: 'Tan' }, 'SG')).toBe('Dear [their name, as you greet them],');
    expect(greeting({ name: 'Tan', givenName: 'Tan' }, 'GB')).toBe('Dear [their name, as you greet them],');
    expect(greeting({ name: 'Tan', honorific: 'Mr' }, 'SG')).toBe('Dear Mr Tan,');
    expect(greeting({ name: '' })).toBe("Dear [interviewer's name],");
  });

  it('never gives "Dear Tan," for any card with a common family name, whatever its order, parts and country', () => {
    const family = fc.constantFrom('Tan', 'Lim', 'Lee', 'Ng', 'Nguyen', 'Kim', 'Wong', 'Chan');
    const given = fc.constantFrom('Mei Ling', 'Wei Jie', 'Jane', 'Min-jun', 'Van An', '');
    fc.assert(
      fc.property(family, given, fc.boolean(), fc.constantFrom('', 'Ms', 'Dr'), fc.constantFrom('SG', 'MY', 'GB', 'CN', ''), fc.boolean(), (fam, giv, first, title, country, held) => {
        const name = [first ? fam : giv, first ? giv : fam].filter(Boolean).join(' ');
        const contact: GreetedContact = held ? { name, givenName: giv, familyName: fam, familyNameFirst: first, honorific: title } : { name, honorific: title };
        const words = greetingName(contact, country);
        expect(words.toLowerCase()).not.toBe(fam.toLowerCase());
        expect(isEastAsianFamilyName(words) && words.split(' ').length === 1).toBe(false);
      }),
    );
  });
});

describe('salutationChoices: what the person can choose for one contact', () => {
  it('offers each form once, how it reads, the default first', () => {
    expect(salutationChoices(MEI_LING, 'SG')).toEqual([
      { form: 'auto', text: 'Ms Tan' },
      { form: 'given', text: 'Mei Ling' },
      { form: 'full', text: 'Tan Mei Ling' },
    ]);
  });

  it('offers only what can be made', () => {
    expect(salutationChoices({ name: 'Tan Mei Ling' }, 'GB')).toEqual([{ form: 'auto', text: 'Tan Mei Ling' }]);
  });

  it('does not change its input', () => {
    const contact = deepFreeze({ ...MEI_LING });
    salutationChoices(contact, 'SG');
    greetingName(contact, 'SG');
    expect(contact).toEqual(MEI_LING);
  });
});

describe('defaultSalutation', () => {
  it.each([
    ['GB', 'given'],
    ['MY', 'given'],
    ['US', 'given'],
    ['SG', 'title-family'],
    ['JP', 'title-family'],
    ['AE', 'title-family'],
    ['sg', 'title-family'],
    ['', 'given'],
  ])('%j: %s', (country, form) => {
    expect(defaultSalutation(country)).toBe(form);
  });
});

describe('greetingText: hostile names reach the email as plain text', () => {
  it.each([
    ['bidi override', 'Jane\u202E naT', 'Jane naT'],
    ['isolates', '\u2066Jane\u2069 Tan', 'Jane Tan'],
    ['zero-width joiners and marks', 'Ja\u200Dne\u200F Tan', 'Jane Tan'],
    ['control characters and line breaks', 'Ja\u0000ne\nTan\r', 'Jane Tan'],
    ['markup, kept as the text it is', '<b>Jane</b>', '<b>Jane</b>'],
  ])('%s', (_, text, safe) => {
    expect(greetingText(text)).toBe(safe);
  });

  it(`cuts an absurdly long name to ${GREETING_CHARS} characters, whole code points`, () => {
    const long = greetingText('😀'.repeat(10_000));
    expect([...long]).toHaveLength(GREETING_CHARS);
    expect(long).toBe('😀'.repeat(GREETING_CHARS));
  });

  it.each([
    ['HTML in the given name', { ...MEI_LING, givenName: '<b>Mei Ling</b>', salutation: 'given' as const }, 'SG', 'Tan Mei Ling'],
    ['a bidi override in the family name', { ...MEI_LING, familyName: 'Tan\u202E' }, 'SG', 'Ms Tan Mei Ling'],
    ['a 10,000-character given name', { name: 'Tom Hughes', givenName: 'T'.repeat(10_000), familyName: 'Hughes' }, 'GB', 'Tom Hughes'],
    ['markup as their own words', { name: 'Tom Hughes', salutation: 'own' as const, greetAs: '<a href=x>Tom</a>' }, 'GB', 'Tom Hughes'],
  ])('does not greet by a name part that holds %s: the name as on the card instead, with the title where the form uses it', (_, contact, country, text) => {
    expect(greetingName(contact, country)).toBe(text);
  });

  it('keeps a greeting on one line whatever the name holds', () => {
    expect(greeting({ name: 'Jane\n\nBcc: someone@example.com', salutation: 'full' }, 'GB')).toBe('Dear Jane Bcc: someone@example.com,');
  });
});
