import { describe, expect, it } from 'vitest';
import { emptyCard, type ContactCard } from '~/domain/contacts/contact-card';
import { addLink, cardFillSummary, fillInterviewer } from '~/domain/contacts/fill-interviewer';
import { emptyInterviewer } from '~/domain/records/defaults';
import type { Interviewer } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const card: ContactCard = {
  name: 'Jane Tan',
  givenName: 'Jane',
  familyName: 'Tan',
  honorific: 'Ms',
  familyNameFirst: false,
  title: 'Head of Data',
  organization: 'Acme Pte Ltd',
  emails: ['jane@acme.example', 'jane.tan@example.com'],
  phones: ['+65 6123 4567', '+65 9123 4567'],
  address: '1 Raffles Place\nSingapore 048616',
  links: ['https://www.linkedin.com/in/janetan'],
  timeZone: '',
  country: '',
};

describe('fillInterviewer: their clock from the card', () => {
  const codes = (name: string) => ({ Malaysia: 'MY', UK: 'GB' })[name] ?? '';
  it('takes the card’s TZ and its address’s country, saying so', () => {
    const result = fillInterviewer(deepFreeze(emptyInterviewer('p1')), deepFreeze({ ...card, timeZone: 'Asia/Kuala_Lumpur', country: 'Malaysia' }), 'Acme', codes);
    expect(result.interviewer).toMatchObject({ timeZone: 'Asia/Kuala_Lumpur', timeZoneFrom: 'card', country: 'MY', countryFrom: 'card' });
    expect(result.filled).toEqual(expect.arrayContaining(['time zone', 'country']));
  });

  it('keeps a zone and country the person chose', () => {
    const chosen = { ...emptyInterviewer('p1'), timeZone: 'Europe/London', timeZoneFrom: 'you' as const, country: 'GB', countryFrom: 'you' as const };
    const result = fillInterviewer(deepFreeze(chosen), deepFreeze({ ...card, timeZone: 'Asia/Kuala_Lumpur', country: 'Malaysia' }), 'Acme', codes);
    expect(result.interviewer).toMatchObject({ timeZone: 'Europe/London', timeZoneFrom: 'you', country: 'GB', countryFrom: 'you' });
  });

  it('leaves a country it cannot name as it was', () => {
    const result = fillInterviewer(deepFreeze(emptyInterviewer('p1')), deepFreeze({ ...card, country: 'Atlantis' }), 'Acme', codes);
    expect(result.interviewer).toMatchObject({ country: '', countryFrom: '' });
  });
});

describe('fillInterviewer', () => {
  it('fills a blank interviewer and an empty company, and lists what has no field', () => {
    const result = fillInterviewer(deepFreeze(emptyInterviewer('p1')), deepFreeze(card), '');
    expect(result).toEqual({
      interviewer: {
        ...emptyInterviewer('p1'),
        name: 'Jane Tan',
        givenName: 'Jane',
        familyName: 'Tan',
        honorific: 'Ms',
        title: 'Head of Data',
        email: 'jane@acme.example',
        phone: '+65 6123 4567',
        address: '1 Raffles Place\nSingapore 048616',
        links: ['https://www.linkedin.com/in/janetan'],
      },
      company: 'Acme Pte Ltd',
      filled: ['name', 'job title', 'email', 'phone', 'postal address', 'link', 'company'],
      replaced: [],
      leftOut: ['email jane.tan@example.com', 'phone +65 9123 4567'],
    });
  });

  it('replaces typed values and says what they were; keeps the company and the fields the card leaves blank', () => {
    const typed: Interviewer = deepFreeze({ ...emptyInterviewer('p1'), name: 'Jane Tann', title: 'Data lead', links: ['https://www.linkedin.com/in/janetan'] });
    const result = fillInterviewer(typed, deepFreeze({ ...emptyCard(), name: 'Jane Tan', organization: 'Acme Holdings' }), 'Acme');
    expect(result.interviewer).toEqual({ ...typed, name: 'Jane Tan' });
    expect(result.company).toBe('Acme');
    expect(result.replaced).toEqual([{ field: 'name', was: 'Jane Tann' }]);
    expect(result.leftOut).toEqual(['organisation Acme Holdings']);
  });

  it('brings a new name\'s parts with it, and drops the old name\'s parts, keeping how the person chose to greet them', () => {
    const typed: Interviewer = deepFreeze({ ...emptyInterviewer('p1'), name: 'Jane Tan', givenName: 'Jane', familyName: 'Tan', honorific: 'Dr', salutation: 'full' });
    const meiLing = { ...emptyCard(), name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', honorific: 'Ms', familyNameFirst: true };
    const next = fillInterviewer(typed, deepFreeze(meiLing), '').interviewer;
    expect(next).toMatchObject({ name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms', salutation: 'full' });
    const withoutParts = fillInterviewer(typed, deepFreeze({ ...emptyCard(), name: 'Sarah Goh' }), '').interviewer;
    expect(withoutParts).toMatchObject({ name: 'Sarah Goh', givenName: '', familyName: '', familyNameFirst: false, honorific: '' });
  });

  it('fills nothing when the card says what is already there', () => {
    const filled = fillInterviewer(emptyInterviewer('p1'), card, '').interviewer;
    expect(fillInterviewer(filled, card, 'Acme Pte Ltd').filled).toEqual([]);
  });
});

describe('addLink', () => {
  it('adds a link once, leaving the interviewer as it was', () => {
    const person = deepFreeze(emptyInterviewer('p1'));
    const once = addLink(person, 'https://acme.example/jane');
    expect(once.links).toEqual(['https://acme.example/jane']);
    expect(addLink(once, 'https://acme.example/jane')).toBe(once);
    expect(person.links).toEqual([]);
  });
});

describe('cardFillSummary', () => {
  it.each([
    [{ filled: ['name', 'email'], replaced: [], leftOut: [] }, 'Filled from the card: name and email.'],
    [
      { filled: ['name', 'job title', 'phone'], replaced: [{ field: 'name', was: 'J Tan' }], leftOut: ['phone +65 9123 4567'] },
      'Filled from the card: name, job title and phone. Replaced what was there: name (was “J Tan”). Also on it, with no field here: phone +65 9123 4567.',
    ],
    [{ filled: [], replaced: [], leftOut: [] }, 'Nothing new on the card: every detail on it is already filled in.'],
  ])('%#: says what changed', (fill, sentence) => {
    expect(cardFillSummary(fill, 'the card')).toBe(sentence);
  });
});
