import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { unfoldLines } from '~/domain/calendar/ics-text';
import { buildVCard, splitName, vcardFileName, type VCardInput } from '~/domain/calendar/vcard';
import { expectFoldedContentLines } from '../support/content-lines';

const jane: VCardInput = {
  interviewer: {
    name: 'Jane Tan',
    title: 'Head of Design',
    email: 'jane.tan@acme.example',
    phone: '+65 6123 4567',
    address: '1 Raffles Place, #20-01\nSingapore 048616',
  },
  company: 'Acme Pte. Ltd.',
};

function card(overrides: Partial<VCardInput['interviewer']> = {}, company = jane.company): VCardInput {
  return { interviewer: { ...jane.interviewer, ...overrides }, company };
}

/** Splits a structured value on unescaped `;`, then unescapes each part (RFC 2426 §4). */
function components(value: string): string[] {
  return value
    .split(/(?<!\\);/)
    .map((part) => part.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c)));
}

/** A rough reader: property name with parameters → unescaped components. */
function read(text: string): Map<string, string[]> {
  return new Map(
    unfoldLines(text).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), components(line.slice(colon + 1))];
    }),
  );
}

function expectWellFormed(text: string): void {
  expectFoldedContentLines(text);
  const lines = unfoldLines(text);
  expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:3.0']);
  expect(lines.at(-1)).toBe('END:VCARD');
}

describe('buildVCard', () => {
  it('writes every field of a full card', () => {
    const text = buildVCard(jane);
    expectWellFormed(text);
    const fields = read(text);
    expect([...fields.keys()]).toEqual([
      'BEGIN', 'VERSION', 'N', 'FN', 'ORG', 'TITLE', 'EMAIL;TYPE=WORK', 'TEL;TYPE=WORK,VOICE', 'ADR;TYPE=WORK', 'END',
    ]);
    expect(fields.get('N')).toEqual(['Tan', 'Jane', '', '', '']);
    expect(fields.get('FN')).toEqual(['Jane Tan']);
    expect(fields.get('ORG')).toEqual(['Acme Pte. Ltd.']);
    expect(fields.get('TITLE')).toEqual(['Head of Design']);
    expect(fields.get('EMAIL;TYPE=WORK')).toEqual(['jane.tan@acme.example']);
    expect(fields.get('TEL;TYPE=WORK,VOICE')).toEqual(['+65 6123 4567']);
    expect(fields.get('ADR;TYPE=WORK')).toEqual(['', '', '1 Raffles Place, #20-01\nSingapore 048616', '', '', '', '']);
  });

  it('is read the same way by ical.js', () => {
    const vcard = new ICAL.Component(ICAL.parse(buildVCard(jane)));
    expect(vcard.getFirstPropertyValue('fn')).toBe('Jane Tan');
    expect(vcard.getFirstPropertyValue('n')).toEqual(['Tan', 'Jane', '', '', '']);
    expect(vcard.getFirstPropertyValue('title')).toBe('Head of Design');
    expect(vcard.getFirstPropertyValue('email')).toBe('jane.tan@acme.example');
  });

  it('escapes backslashes, commas, semicolons and line breaks', () => {
    const text = buildVCard(card({ name: 'Tan; Jane, Dr', title: 'Design\\UX; Lead,\r\nAsia' }, 'Acme; Asia, Ltd'));
    const lines = unfoldLines(text);
    expect(lines).toContain('TITLE:Design\\\\UX\\; Lead\\,\\nAsia');
    expect(lines).toContain('ORG:Acme\\; Asia\\, Ltd');
    const fields = read(text);
    expect(fields.get('N')).toEqual(['Dr', 'Tan; Jane,', '', '', '']);
    expect(fields.get('FN')).toEqual(['Tan; Jane, Dr']);
    expect(fields.get('ORG')).toEqual(['Acme; Asia, Ltd']);
  });

  it('keeps a CR/LF injection inside its property', () => {
    const lines = unfoldLines(buildVCard(card({ title: 'x\r\nEND:VCARD\r\nBEGIN:VCARD\rFN:evil' })));
    expect(lines.filter((l) => l.startsWith('BEGIN:') || l.startsWith('END:'))).toEqual(['BEGIN:VCARD', 'END:VCARD']);
    expect(lines.filter((l) => l.startsWith('FN:'))).toEqual(['FN:Jane Tan']);
  });

  it.each([
    ['Chinese', '陈美玲', '阿克米科技有限公司（新加坡）'.repeat(4)],
    ['emoji', 'Jane 🎉 Tan', '🎉 Party Co 🎉'.repeat(8)],
    ['Arabic', 'سارة أحمد', 'شركة أكمي للتصميم والتقنية، دبي'.repeat(3)],
  ])('folds %s text at 75 octets and unfolds back exactly', (_, name, company) => {
    const text = buildVCard(card({ name, address: `${company}\n${company}` }, company));
    expectWellFormed(text);
    const fields = read(text);
    expect(fields.get('FN')).toEqual([name]);
    expect(fields.get('ORG')).toEqual([company]);
    expect(fields.get('ADR;TYPE=WORK')?.[2]).toBe(`${company}\n${company}`);
  });

  it('leaves out empty fields, trimming spaces', () => {
    const lines = unfoldLines(buildVCard(card({ title: ' ', email: '', phone: '\t', address: '' }, '')));
    expect(lines).toEqual(['BEGIN:VCARD', 'VERSION:3.0', 'N:Tan;Jane;;;', 'FN:Jane Tan', 'END:VCARD']);
  });

  it.each<[string, Partial<VCardInput['interviewer']>, string, string]>([
    ['the company', { name: '' }, jane.company, 'Acme Pte. Ltd.'],
    ['the email', { name: '' }, '', 'jane.tan@acme.example'],
    ['the phone', { name: '', email: '' }, '', '+65 6123 4567'],
  ])('falls back to %s for FN when there is no name', (_, overrides, company, fn) => {
    const fields = read(buildVCard(card(overrides, company)));
    expect(fields.get('FN')).toEqual([fn]);
    expect(fields.get('N')).toEqual(['', '', '', '', '']);
  });

  it('asks Apple Contacts to show the company when there is no name', () => {
    expect(unfoldLines(buildVCard(card({ name: '' })))).toContain('X-ABShowAs:COMPANY');
    expect(unfoldLines(buildVCard(jane))).not.toContain('X-ABShowAs:COMPANY');
  });

  it('does not modify its input', () => {
    const input = structuredClone(jane);
    buildVCard(Object.freeze(input));
    expect(input).toEqual(jane);
  });
});

describe('splitName', () => {
  it.each([
    ['Jane Tan', 'Tan', 'Jane'],
    ['  Jane   Mary  Tan ', 'Tan', 'Jane Mary'],
    ['Madonna', '', 'Madonna'],
    ['José María García', 'García', 'José María'],
    ['陈美玲', '', '陈美玲'],
    ['陈 美玲', '', '陈 美玲'],
    ['山田 太郎', '', '山田 太郎'],
    ['김민준', '', '김민준'],
    ['สมชาย ใจดี', '', 'สมชาย ใจดี'],
    ['سارة أحمد', 'أحمد', 'سارة'],
    ['', '', ''],
  ])('%j → family %j, given %j', (name, family, given) => {
    expect(splitName(name)).toEqual({ family, given });
  });
});

describe('vcardFileName', () => {
  it.each([
    ['Jane Tan', 'jane-tan.vcf'],
    ['José García', 'jose-garcia.vcf'],
    ['陈美玲', 'contact.vcf'],
    ['', 'contact.vcf'],
    ['../x', 'x.vcf'],
  ])('%j → %j', (name, file) => {
    expect(vcardFileName(name)).toBe(file);
  });
});
