/**
 * Where an invited interview happens: a video call (a Teams, Zoom, Google
 * Meet or Webex link), a street address, or a phone call, read from the
 * places invitations put them.
 */
import type { InterviewFormat } from '../../records/model';

/** The texts of an event that may say where it is. */
export interface PlaceTexts {
  location: string;
  url: string;
  description: string;
  /** X-GOOGLE-CONFERENCE, X-MICROSOFT-SKYPETEAMSMEETINGURL and the like. */
  conference: string[];
}

/** Where the interview is, as far as the invitation says. */
export interface MeetingPlace {
  /** Undefined when the invitation does not say. */
  format?: InterviewFormat;
  /** The join link of a video call, else `''`. */
  videoLink: string;
  /** The video service's name, e.g. 'Microsoft Teams', else `''`. */
  service: string;
  /** The street address of an interview in person, else `''`. */
  address: string;
  /** LOCATION text that is neither a link nor an address (a room name), else `''`. */
  other: string;
}

const SERVICES: [string, RegExp][] = [
  ['Microsoft Teams', /^(?:[\w-]+\.)?teams\.(?:microsoft|live)\.com$/iu],
  ['Zoom', /^(?:[\w-]+\.)?zoom(?:gov)?\.(?:us|com)$/iu],
  ['Google Meet', /^meet\.google\.com$/iu],
  ['Webex', /^(?:[\w-]+\.)?webex\.com$/iu],
];

/**
 * Finds the first video-call join link in `text`, with its service.
 *
 * @example videoLinkIn('Join: https://meet.google.com/abc-defg-hij') //=> { url: 'https://meet.google.com/abc-defg-hij', service: 'Google Meet' }
 */
export function videoLinkIn(text: string): { url: string; service: string } | undefined {
  for (const [raw] of text.matchAll(/https:\/\/[^\s<>"')\]]+/giu)) {
    const url = raw.replace(/[.,;:!?]+$/u, '');
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    const service = SERVICES.find(([, pattern]) => pattern.test(host))?.[0];
    // A service's home or help page is not a meeting: it needs a path.
    if (service && new URL(url).pathname.length > 1 && !/^support\.|\/(?:help|support|download)\b/iu.test(url.replace(/^https:\/\//u, ''))) {
      return { url, service };
    }
  }
  return undefined;
}

// Words for streets in the languages of most invitations Nudge will see, and postal codes.
const STREET = /\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|court|ct|terrace|crescent|close|highway|parkway|quay|wharf|jalan|jln|lorong|straße|strasse|str|weg|platz|allee|rue|avenida|calle|via|viale|piazza|marg|nagar|building|tower|floor|level)\b\.?/iu;
const POSTCODE = /\b(?:\d{5,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{3}-\d{4})\b/u;

/**
 * Whether a LOCATION reads as a street address: a number and a street word
 * or a postal code, and no link. "Room Orchid (8)" is a room, not an address.
 *
 * @example looksLikeAddress('Initech Pte Ltd, 10 Marina Boulevard, #12-01, Singapore 018983') //=> true
 * @example looksLikeAddress('Microsoft Teams Meeting') //=> false
 */
export function looksLikeAddress(text: string): boolean {
  if (/https?:\/\//iu.test(text) || !/\d/u.test(text)) return false;
  return STREET.test(text) || POSTCODE.test(text);
}

// A LOCATION that is only a phone number, or says the interview is a call.
const PHONE_ONLY = /^(?:tel:)?\+?[\d\s().-]{7,}$/u;
const PHONE_WORDS = /^(?:phone(?: call| interview| screen)?|telephone(?: call| interview)?|call|by phone)$/iu;

/**
 * Reads where the interview happens. A video link anywhere wins (the
 * conference properties first, then LOCATION, URL and DESCRIPTION); else a
 * LOCATION that is a street address means in person, and one that is a
 * phone number or says "Phone call" means a phone call.
 *
 * @example meetingPlace({ location: 'Microsoft Teams Meeting', url: '', description: '… <https://teams.microsoft.com/l/meetup-join/19%3a…> …', conference: [] })
 * //=> { format: 'video', service: 'Microsoft Teams', videoLink: 'https://teams.microsoft.com/l/meetup-join/19%3a…', address: '', other: '' }
 */
export function meetingPlace(texts: PlaceTexts): MeetingPlace {
  const location = texts.location.trim();
  for (const text of [...texts.conference, location, texts.url, texts.description]) {
    const found = videoLinkIn(text);
    if (found) {
      const named = location !== '' && !videoLinkIn(location) && !/\b(?:teams|zoom|meet|webex|online|video)\b/iu.test(location);
      const address = named && looksLikeAddress(location) ? location : '';
      return { format: 'video', videoLink: found.url, service: found.service, address, other: named && !address ? location : '' };
    }
  }
  if (location === '') return { videoLink: '', service: '', address: '', other: '' };
  if (looksLikeAddress(location)) return { format: 'in-person', videoLink: '', service: '', address: location, other: '' };
  if (PHONE_ONLY.test(location) || PHONE_WORDS.test(location)) return { format: 'phone', videoLink: '', service: '', address: '', other: '' };
  return { videoLink: '', service: '', address: '', other: location };
}
