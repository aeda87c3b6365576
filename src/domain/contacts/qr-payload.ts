/**
 * What the text in a card's QR code means for an interviewer: a contact
 * (vCard, MeCard, `mailto:` or `tel:`), a web page to keep as their link, or
 * nothing Nudge can use.
 */
import { cardTextProblem, emptyCard, webLink, type ContactCard } from './contact-card';
import { readMeCard } from './mecard';

/** A QR code's text, read. */
export type QrPayload =
  | { ok: true; kind: 'card'; card: ContactCard; source: 'vCard' | 'MeCard' | 'email link' | 'phone link' }
  | { ok: true; kind: 'link'; url: string }
  | { ok: false; reason: string };

/**
 * Reads a QR code's text. A vCard loads the card reader (and ical.js) only
 * then, so a photo of a link or a MeCard does not fetch it.
 *
 * @example await readQrPayload('tel:+6561234567') //=> { ok: true, kind: 'card', source: 'phone link', card: { phones: ['+6561234567'], … } }
 * @example await readQrPayload('https://www.linkedin.com/in/janetan') //=> { ok: true, kind: 'link', url: 'https://www.linkedin.com/in/janetan' }
 */
export async function readQrPayload(text: string): Promise<QrPayload> {
  const trimmed = text.trim();
  if (/^BEGIN:VCARD\b/iu.test(trimmed)) {
    const { readVCard } = await import('./read-vcard');
    const reading = readVCard(trimmed);
    return reading.ok ? { ok: true, kind: 'card', card: reading.card, source: 'vCard' } : { ok: false, reason: reading.reason.replace('This file', 'This QR code') };
  }
  if (/^MECARD:/iu.test(trimmed)) {
    const card = readMeCard(trimmed);
    if (!card) return { ok: false, reason: 'This QR code holds an empty MeCard: no name, email, phone or address.' };
    return checked(card, 'MeCard');
  }
  if (/^mailto:/iu.test(trimmed)) {
    const address = decodeURIComponentSafe(trimmed.slice('mailto:'.length).split('?')[0] ?? '').trim();
    if (!address) return { ok: false, reason: 'This QR code is an email link without an address.' };
    return checked({ ...emptyCard(), emails: [address] }, 'email link');
  }
  if (/^tel:/iu.test(trimmed)) {
    const number = decodeURIComponentSafe(trimmed.slice('tel:'.length)).trim();
    if (!number) return { ok: false, reason: 'This QR code is a phone link without a number.' };
    return checked({ ...emptyCard(), phones: [number] }, 'phone link');
  }
  const link = webLink(trimmed);
  if (link) return { ok: true, kind: 'link', url: link };
  const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
  return {
    ok: false,
    reason: `This QR code holds text that is not a contact card or a web link (“${shown}”), so there is nothing to fill in.`,
  };
}

function checked(card: ContactCard, source: 'MeCard' | 'email link' | 'phone link'): QrPayload {
  const problem = cardTextProblem(card);
  return problem ? { ok: false, reason: problem.replace('This card', 'This QR code') } : { ok: true, kind: 'card', card, source };
}

/** `%20` and friends decoded; text with a broken escape is kept as written. */
function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
