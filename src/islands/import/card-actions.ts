/**
 * "Contact card (.vcf)" and "Photo of their card's QR code": read the file,
 * fill the interviewer, and say what changed, with a way back. Loaded only
 * when someone gives a card; the vCard reader (ical.js) and the QR decoder
 * (jsQR) are chunks of their own, fetched on the way.
 */
import { unwrap } from 'solid-js/store';
import { textFileSizeProblem, textFromBytes } from '../../domain/calendar/file-text';
import type { ContactCard } from '../../domain/contacts/contact-card';
import type { Interviewer } from '../../domain/records/model';
import { addLink, cardFillSummary, fillInterviewer } from '../../domain/contacts/fill-interviewer';
import { editInterview, planner } from '../store';
import { imagePixels, photoSizeProblem } from './image-pixels';

/** Which interviewer a card is for. */
export interface CardTarget {
  interviewId: string;
  interviewerId: string;
}

/** What happened: a message and a way back (which returns what it did, or undefined when the person kept things), or why nothing changed. */
export type CardOutcome = { ok: true; message: string; undo?: () => string | undefined } | { ok: false; reason: string };

const UNCHANGED = 'Nothing was changed.';

/** Reads a .vcf file and fills the interviewer from its first card. */
export async function readCardFile(file: File, target: CardTarget): Promise<CardOutcome> {
  const problem = textFileSizeProblem(file.size, 'a contact card');
  if (problem) return { ok: false, reason: `${problem} ${UNCHANGED}` };
  try {
    const text = textFromBytes(new Uint8Array(await file.arrayBuffer()));
    const { readVCard } = await import('../../domain/contacts/read-vcard');
    const reading = readVCard(text);
    if (!reading.ok) return { ok: false, reason: reading.reason.includes(UNCHANGED) ? reading.reason : `${reading.reason} ${UNCHANGED}` };
    const outcome = fill(reading.card, target, 'the card', await countryReader());
    return outcome.ok && reading.notes.length > 0 ? { ...outcome, message: `${outcome.message} ${reading.notes.join(' ')}` } : outcome;
  } catch (error) {
    return { ok: false, reason: `Nudge could not read this file (${describe(error)}). ${UNCHANGED}` };
  }
}

/** Finds the QR code in a photo and fills the interviewer from it, or keeps its link. */
export async function readCardPhoto(file: File, target: CardTarget): Promise<CardOutcome> {
  const problem = photoSizeProblem(file.size);
  if (problem) return { ok: false, reason: problem };
  if (file.type && !file.type.startsWith('image/')) return { ok: false, reason: `This file is not an image (it is ${file.type}). Choose a photo of the card. ${UNCHANGED}` };
  let pixels;
  try {
    pixels = await imagePixels(file);
  } catch {
    return { ok: false, reason: `Nudge could not open this image: it may not be a photo, or be in a format this browser cannot show. ${UNCHANGED}` };
  }
  const [{ decodeQr }, { readQrPayload }] = await Promise.all([import('../../domain/contacts/decode-qr'), import('../../domain/contacts/qr-payload')]);
  const decoded = decodeQr(pixels);
  if (!decoded.ok) return { ok: false, reason: `${decoded.reason} ${UNCHANGED}` };
  const payload = await readQrPayload(decoded.text);
  if (!payload.ok) return { ok: false, reason: `${payload.reason} ${UNCHANGED}` };
  if (payload.kind === 'card') return fill(payload.card, target, `the QR code (a ${payload.source})`, await countryReader());
  return keepLink(payload.url, target);
}

/** Where the interviewer is now, and their interview; undefined when either was deleted meanwhile. */
function locate(target: CardTarget) {
  const interview = planner.interviews.find((item) => item.id === target.interviewId);
  const index = interview?.interviewers.findIndex((person) => person.id === target.interviewerId) ?? -1;
  return interview && index >= 0 ? { interview, index, person: unwrap(interview.interviewers[index]!) } : undefined;
}

/** Reads a card's country as its code, with the place index (a few KB, loaded with any schedule); none offline before it was. */
async function countryReader(): Promise<(name: string) => string> {
  try {
    const [{ loadPlaceIndex }, { countryCodeOf }] = await Promise.all([import('../../domain/schedule/load-holidays'), import('../../domain/schedule/recipient-clock')]);
    const places = await loadPlaceIndex();
    return (name) => countryCodeOf(name, places);
  } catch {
    return () => '';
  }
}

function fill(card: ContactCard, target: CardTarget, from: string, countryCodeOf: (name: string) => string): CardOutcome {
  const found = locate(target);
  if (!found) return { ok: false, reason: `This interviewer is no longer here. ${UNCHANGED}` };
  const before = { person: structuredClone(found.person), company: found.interview.company };
  const result = fillInterviewer(found.person, card, found.interview.company, countryCodeOf);
  editInterview(target.interviewId, ['interviewers', found.index], result.interviewer);
  if (result.company !== before.company) editInterview(target.interviewId, ['company'], result.company);
  const message = cardFillSummary(result, from);
  if (result.filled.length === 0) return { ok: true, message };
  return { ok: true, message, undo: () => restore(target, before, { person: result.interviewer, company: result.company }) };
}

function keepLink(url: string, target: CardTarget): CardOutcome {
  const found = locate(target);
  if (!found) return { ok: false, reason: `This interviewer is no longer here. ${UNCHANGED}` };
  if (found.person.links.includes(url)) return { ok: true, message: `The QR code is a link that is already kept: ${url}` };
  const before = { person: structuredClone(found.person), company: found.interview.company };
  const after = addLink(found.person, url);
  editInterview(target.interviewId, ['interviewers', found.index], after);
  return { ok: true, message: `The QR code is a web link, kept with their links: ${url}`, undo: () => restore(target, before, { person: after, company: before.company }) };
}

type CardState = { person: Interviewer; company: string };

/** Puts the interviewer (and company) back as before the card; asks first if the person has changed them since. */
function restore(target: CardTarget, before: CardState, filled: CardState): string | undefined {
  const found = locate(target);
  if (!found) return 'This interviewer is no longer here, so there is nothing to undo.';
  const changed = JSON.stringify(found.person) !== JSON.stringify(filled.person) || found.interview.company !== filled.company;
  if (changed && !confirm('You have changed this interviewer since the card filled them. Undo puts them back as before, and those changes go too. Undo anyway?')) return undefined;
  editInterview(target.interviewId, ['interviewers', found.index], before.person);
  if (found.interview.company !== before.company) editInterview(target.interviewId, ['company'], before.company);
  return 'Undone: the interviewer is back as before.';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
