import { describe, expect, it } from 'vitest';
import { emptyCard } from '~/domain/contacts/contact-card';
import { readMeCard } from '~/domain/contacts/mecard';

describe('readMeCard', () => {
  it('reads every field Nudge keeps, with escapes', () => {
    expect(
      readMeCard('MECARD:N:Tan,Jane;ORG:Acme\\; Sons;TITLE:Head of Data;TEL:+6561234567;TEL:+6591234567;EMAIL:jane@acme.example;ADR:10 Marina Boulevard\\, Singapore 018983;URL:https://acme.example/jane;NOTE:hi;;'),
    ).toEqual({
      name: 'Jane Tan',
      givenName: 'Jane',
      familyName: 'Tan',
      honorific: '',
      familyNameFirst: false,
      title: 'Head of Data',
      organization: 'Acme; Sons',
      emails: ['jane@acme.example'],
      phones: ['+6561234567', '+6591234567'],
      address: '10 Marina Boulevard, Singapore 018983',
      links: ['https://acme.example/jane'],
      timeZone: '',
      country: '',
    });
  });

  it.each([
    ['a Latin name, given name first', 'MECARD:N:Okafor,Jane;;', 'Jane Okafor'],
    ['a Japanese name, family name first and unspaced', 'MECARD:N:山田,太郎;;', '山田太郎'],
    ['a single name', 'MECARD:N:Madonna;;', 'Madonna'],
  ])('writes %s', (_case, text, name) => {
    expect(readMeCard(text)?.name).toBe(name);
  });

  it('keeps the name\'s parts, family name first for a name in Chinese characters', () => {
    expect(readMeCard('MECARD:N:陈,美玲;;')).toMatchObject({ name: '陈美玲', givenName: '美玲', familyName: '陈', familyNameFirst: true });
  });

  it.each([
    ['not a MeCard', 'BEGIN:VCARD'],
    ['an empty MeCard', 'MECARD:;;'],
    ['a MeCard with only a javascript: link', 'MECARD:URL:javascript:alert(1);;'],
  ])('returns nothing for %s', (_case, text) => {
    expect(readMeCard(text)).toBeUndefined();
  });

  it('keeps a phone alone', () => {
    expect(readMeCard('mecard:TEL:+6561234567;;')).toEqual({ ...emptyCard(), phones: ['+6561234567'] });
  });
});
