import { describe, expect, it } from 'vitest';
import { emptyCard } from '~/domain/contacts/contact-card';
import { readQrPayload } from '~/domain/contacts/qr-payload';

describe('readQrPayload', () => {
  it.each([
    ['a vCard', 'BEGIN:VCARD\nVERSION:3.0\nFN:Jane Tan\nEMAIL:jane@acme.example\nEND:VCARD', 'vCard', { ...emptyCard(), name: 'Jane Tan', emails: ['jane@acme.example'] }],
    ['a MeCard', 'MECARD:N:Tan,Jane;TEL:+6561234567;;', 'MeCard', { ...emptyCard(), name: 'Jane Tan', givenName: 'Jane', familyName: 'Tan', phones: ['+6561234567'] }],
    ['a mailto: link with a subject', 'mailto:jane.tan%40acme.example?subject=Hello', 'email link', { ...emptyCard(), emails: ['jane.tan@acme.example'] }],
    ['a tel: link', 'tel:+65-6123-4567', 'phone link', { ...emptyCard(), phones: ['+65-6123-4567'] }],
  ])('reads %s as a card', async (_case, text, source, card) => {
    expect(await readQrPayload(text)).toEqual({ ok: true, kind: 'card', card, source });
  });

  it.each(['https://www.linkedin.com/in/janetan-example', 'http://acme.example/team/jane'])('keeps the web address %s as a link', async (url) => {
    expect(await readQrPayload(`  ${url}\n`)).toEqual({ ok: true, kind: 'link', url });
  });

  it.each([
    ['plain text', 'Call me maybe', /holds text that is not a contact card or a web link \(“Call me maybe”\)/],
    ['a javascript: address', 'javascript:alert(1)', /not a contact card or a web link/],
    ['an email link without an address', 'mailto:?subject=hi', /email link without an address/],
    ['a phone link without a number', 'tel:', /phone link without a number/],
    ['an empty MeCard', 'MECARD:;;', /empty MeCard/],
    ['a vCard with HTML', 'BEGIN:VCARD\nVERSION:3.0\nFN:<b>Jane</b>\nEND:VCARD', /^This card holds HTML/],
    ['a MeCard with a control character', 'MECARD:N:Tan,Ja\u0007ne;;', /^This QR code holds control characters/],
  ])('refuses %s with a reason', async (_case, text, reason) => {
    const result = await readQrPayload(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
