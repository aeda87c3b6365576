import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFromBytes } from '~/domain/calendar/file-text';
import { emptyCard } from '~/domain/contacts/contact-card';
import { fillInterviewer } from '~/domain/contacts/fill-interviewer';
import { readVCard } from '~/domain/contacts/read-vcard';
import { phoneNumberCountry } from '~/domain/messages/phone-number';
import { emptyInterviewer } from '~/domain/records/defaults';

const card = (name: string) => textFromBytes(readFileSync(new URL(`../../fixtures/cards/${name}`, import.meta.url)));

describe('readVCard: the three versions', () => {
  it.each([
    {
      file: 'vcard-21.vcf',
      version: '2.1',
      expected: {
        name: 'Dr. Jürgen Müller',
        givenName: 'Jürgen',
        familyName: 'Müller',
        honorific: 'Dr.',
        familyNameFirst: false,
        title: 'Head of Sales, DACH',
        organization: 'Grün & Partner GmbH',
        emails: ['j.mueller@gruen-partner.example'],
        phones: ['+49 30 1234 5678', '+49 171 2345678', '+49 30 1234 5679'],
        address: 'Friedrichstraße 68\nAufgang B\nBerlin 10117\nDeutschland',
        links: ['https://gruen-partner.example/team/mueller'],
        timeZone: '',
        country: 'Deutschland',
      },
    },
    {
      file: 'vcard-30.vcf',
      version: '3.0',
      expected: {
        name: 'Jane Tan',
        givenName: 'Jane',
        familyName: 'Tan',
        honorific: '',
        familyNameFirst: false,
        title: 'Head of Operations Analytics',
        organization: 'Acme Logistics Pte Ltd',
        emails: ['jane.tan@acme-logistics.com.sg', 'jane.tan.sg@example.com'],
        phones: ['+65 6123 4567', '+65 9123 4567'],
        address: '10 Marina Boulevard\n#12-01\nSingapore 018983\nSingapore',
        links: ['https://www.linkedin.com/in/janetan-example'],
        timeZone: '',
        country: 'Singapore',
      },
    },
    {
      file: 'vcard-40.vcf',
      version: '4.0',
      expected: {
        name: '陈美玲',
        givenName: '美玲',
        familyName: '陈',
        honorific: '',
        familyNameFirst: true,
        title: 'Engineering Manager',
        organization: 'Kopi Labs',
        emails: ['meiling.chen@kopilabs.example'],
        phones: ['+65-6777-1234', '+65-9876-5432'],
        address: '1 Fusionopolis Way\nSingapore 138632',
        links: ['https://kopilabs.example/people/meiling'],
        timeZone: '',
        country: '',
      },
    },
  ])('reads $file (vCard $version): name as written, title, organisation, emails and phones best first, address, links', ({ file, version, expected }) => {
    expect(readVCard(card(file))).toEqual({ ok: true, version, card: expected, notes: [] });
  });

  it.each([
    ['N in a Latin script: given name first', 'N:Okafor;Jane;;Dr.;', 'Dr. Jane Okafor'],
    ['N in Chinese: family name first, no space', 'N:陈;美玲;;;', '陈美玲'],
    ['N in Japanese', 'N:山田;太郎;;;', '山田太郎'],
  ])('builds the name from N when there is no FN: %s', (_case, line, name) => {
    const reading = readVCard(`BEGIN:VCARD\r\nVERSION:3.0\r\n${line}\r\nEND:VCARD\r\n`);
    expect(reading.ok && reading.card.name).toBe(name);
  });

  it.each([
    ['a Singapore card, family name first, with a title', 'FN:Tan Mei Ling\r\nN:Tan;Mei Ling;;Ms;', { givenName: 'Mei Ling', familyName: 'Tan', honorific: 'Ms', familyNameFirst: true }],
    ['a UK card, given name first', 'FN:Tom Hughes\r\nN:Hughes;Tom;;;', { givenName: 'Tom', familyName: 'Hughes', honorific: '', familyNameFirst: false }],
    ['a Malay name with no N', 'FN:Siti Nurhaliza binti Tarudin', { givenName: '', familyName: '', honorific: '', familyNameFirst: false }],
  ])('keeps the name\'s parts as on the card: %s', (_case, lines, parts) => {
    const reading = readVCard(`BEGIN:VCARD\r\nVERSION:3.0\r\n${lines}\r\nEND:VCARD\r\n`);
    expect(reading.ok && reading.card).toMatchObject(parts);
  });

  it('reads a card with bare LF line ends, as QR codes hold them', () => {
    const reading = readVCard('BEGIN:VCARD\nVERSION:3.0\nFN:Jane Tan\nTEL:+65 6123 4567\nEND:VCARD');
    expect(reading).toEqual({ ok: true, version: '3.0', card: { ...emptyCard(), name: 'Jane Tan', phones: ['+65 6123 4567'] }, notes: [] });
  });

  it('reads the first of several cards and says so', () => {
    const two = `${card('vcard-30.vcf')}${card('vcard-40.vcf')}`;
    const reading = readVCard(two);
    expect(reading.ok && reading.card.name).toBe('Jane Tan');
    expect(reading.ok && reading.notes).toEqual(['The file holds 2 cards; Nudge read the first (Jane Tan).']);
  });
});

describe('readVCard: refusals', () => {
  it.each([
    ['an invitation', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', /^This file is not a contact card/],
    ['plain text', 'Jane Tan, +65 6123 4567', /^This file is not a contact card/],
    ['a broken card', 'BEGIN:VCARD\r\nVERSION:3.0\r\nthis line has no colon\r\nEND:VCARD\r\n', /^This contact card is damaged/],
    ['a card with nothing on it', card('no-details.vcf'), /has no name, email, phone or address/],
    ['HTML in the name', card('html-name.vcf'), /^This card holds HTML \(in the name\)/],
    ['control characters in the name', card('control-characters.vcf'), /^This card holds control characters \(in the name\)/],
    ['HTML in the address’s country', card('html-country.vcf'), /^This card holds HTML \(in the address\)/],
  ])('refuses %s with a reason', (_case, text, reason) => {
    const reading = readVCard(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.reason).toMatch(reason);
  });
});

describe('readVCard: their clock', () => {
  it('reads an IANA zone from TZ and the country from the address', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sarah Lim\r\nTZ:Asia/Kuala_Lumpur\r\nADR;TYPE=work:;;Jalan Ampang 1;Kuala Lumpur;;50450;Malaysia\r\nEND:VCARD\r\n';
    const result = readVCard(text);
    expect(result.ok && [result.card.timeZone, result.card.country]).toEqual(['Asia/Kuala_Lumpur', 'Malaysia']);
  });

  it('gives no clock from a TZ that is not a zone (a script, a path) or an address in no country', () => {
    const result = readVCard(card('hostile-clock.vcf'));
    expect(result.ok && [result.card.name, result.card.timeZone, result.card.country]).toEqual(['Sarah Lim', '', 'Atlantis']);
    // The country's name is only a name: it is looked up, and one nobody knows fills nothing.
    const filled = result.ok && fillInterviewer(emptyInterviewer('p1'), result.card, 'Brightlane', () => '');
    expect(filled && filled.interviewer).toMatchObject({ timeZone: '', timeZoneFrom: '', country: '', countryFrom: '' });
    // Its number's country code (+999) is no country's either.
    expect(result.ok && result.card.phones.map(phoneNumberCountry)).toEqual(['']);
  });

  it('passes over a TZ that is only an offset, which names no country', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sarah Lim\r\nTZ:+08:00\r\nEND:VCARD\r\n';
    const result = readVCard(text);
    expect(result.ok && result.card.timeZone).toBe('');
  });
});
