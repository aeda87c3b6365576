import { describe, expect, it } from 'vitest';
import { isEastAsianFamilyName, nameParts } from '~/domain/messages/name-parts';

describe('nameParts: the parts held on the contact come first', () => {
  it.each([
    [{ name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms' }, { given: 'Mei Ling', family: 'Tan', honorific: 'Ms', held: true }],
    [{ name: 'Tom Hughes', givenName: 'Tom', familyName: 'Hughes', honorific: '' }, { given: 'Tom', family: 'Hughes', honorific: '', held: true }],
    [{ name: 'Dr Anika Rao', givenName: 'Anika', familyName: 'Rao' }, { given: 'Anika', family: 'Rao', honorific: 'Dr', held: true }],
    [{ name: 'William Gates', givenName: 'Bill', familyName: 'Gates' }, { given: 'Bill', family: 'Gates', honorific: '', held: true }],
    [{ name: '', givenName: 'Mei Ling', familyName: 'Tan' }, { given: 'Mei Ling', family: 'Tan', honorific: '', held: true }],
  ])('%o', (contact, parts) => {
    expect(nameParts(contact)).toEqual(parts);
  });

  it.each([
    [{ name: 'Sarah Goh', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true }, { given: 'Sarah', family: 'Goh', honorific: '', held: false }],
    [{ name: 'Tom Hughes', givenName: 'Jane', familyName: '' }, { given: 'Tom', family: 'Hughes', honorific: '', held: false }],
    [{ name: 'Lim Wei Jie', givenName: 'Mei Ling', familyName: 'Tan', honorific: 'Ms' }, { given: '', family: '', honorific: 'Ms', held: false }],
  ])('sets aside parts of an earlier name once the name is retyped for someone else: %o', (contact, parts) => {
    expect(nameParts(contact)).toEqual(parts);
  });
});

describe('nameParts: worked out from the name only where it is safe', () => {
  it.each([
    ['Tom Hughes', 'Tom', 'Hughes', ''],
    ['Sarah Lim', 'Sarah', 'Lim', ''],
    ['Jane Tan', 'Jane', 'Tan', ''],
    ['Ms Jane Tan', 'Jane', 'Tan', 'Ms'],
    ['Dr. Anika Rao', 'Anika', 'Rao', 'Dr.'],
    ['Ana de la Cruz', 'Ana', 'de la Cruz', ''],
    ['Pieter van den Berg', 'Pieter', 'van den Berg', ''],
    ['Ahmad bin Ismail', 'Ahmad', '', ''],
    ['Siti Nurhaliza binti Tarudin', 'Siti Nurhaliza', '', ''],
    ['Puan Siti Nurhaliza binti Tarudin', 'Siti Nurhaliza', '', 'Puan'],
    ['Rajesh Kumar a/l Muthu', 'Rajesh Kumar', '', ''],
    ['Mohammed Al Rashid', 'Mohammed', 'Al Rashid', ''],
    ['José Álvarez', 'José', 'Álvarez', ''],
  ])('%j → given %j, family %j, title %j', (name, given, family, honorific) => {
    expect(nameParts({ name })).toEqual({ given, family, honorific, held: false });
  });

  it.each([
    ['Tan Mei Ling', 'family name first'],
    ['Lim Wei Jie', 'family name first'],
    ['Nguyen Van An', 'Vietnamese order'],
    ['Kim Min-jun', 'Korean order'],
    ['Mei Ling Tan', 'a two-syllable given name, written first'],
    ['Jason Tan Wei Ming', 'an English name before a Chinese one'],
    ['Lee Child', 'a given name that is also a family name'],
    ['陈美玲', 'a script without spaces'],
    ['J. Smith', 'an initial'],
    ['Madonna', 'one word'],
    ['Tan', 'a lone family name'],
  ])('%j is not split (%s)', (name) => {
    expect(nameParts({ name })).toMatchObject({ given: '', family: '' });
  });
});

describe('isEastAsianFamilyName', () => {
  it.each([
    ['Tan', true],
    ['NG', true],
    ['nguyen', true],
    ['Park', true],
    ['Hughes', false],
    ['Sarah', false],
  ])('%s: %s', (word, family) => {
    expect(isEastAsianFamilyName(word)).toBe(family);
  });
});
