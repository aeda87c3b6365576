/**
 * `mailto:` links (RFC 6068) that open the person's own email app with a
 * draft filled in.
 *
 * Everything typed is percent-encoded as UTF-8, including `&`, `?`, `=`, `#`
 * and `%`, so no text can add a header (`&cc=evil@example.com`), end the
 * query early (`#`) or smuggle in an already-encoded line break (`%0A`): the
 * mail app receives exactly what was written. The recipient is only accepted
 * when it is one plain address; anything else is left out (see
 * `isPlainAddress`), and the person can fill in the To line in their app.
 */

/**
 * Longest link we hand to the browser. RFC 6068 sets no limit, but some mail
 * apps and older browsers cut long `mailto:` links short (about 2,000
 * characters), so longer ones should be copied and pasted instead.
 */
export const MAILTO_MAX_LENGTH = 1800;

/** What goes into the link. */
export interface MailtoInput {
  to: string;
  subject: string;
  body: string;
}

/** A built link. */
export interface Mailto {
  href: string;
  /** `href.length`: the link is pure ASCII, so this is its length in bytes too. */
  length: number;
  /** True when the link is longer than `MAILTO_MAX_LENGTH`. */
  tooLong: boolean;
  /** True when a non-empty `to` was not one plain address and so was left out. */
  recipientDropped: boolean;
}

// Characters that would end the address, start or split the header part, add
// recipients (`,`/`;`, RFC 6068 §2), or are never in a plain address.
const UNSAFE_IN_ADDRESS = /[\s\p{Cc}?&%,;#=/\\<>"()[\]:]/u;

/**
 * Whether `to` is a single address that can go in a link's path as it is:
 * one `@` with text either side and none of `? & % , ; # = / \ < > " ( ) [ ] :`,
 * spaces or control characters, any of which could add recipients or headers.
 * It checks only what keeps the link safe; whether the address is plausible
 * is `isValidEmail`'s job (`records/validate/contact.ts`), shown on the form.
 *
 * @example isPlainAddress('jane.tan@example.com') //=> true
 * @example isPlainAddress('jane@example.com?cc=x@example.com') //=> false
 */
export function isPlainAddress(to: string): boolean {
  const parts = to.split('@');
  return parts.length === 2 && parts[0] !== '' && parts[1] !== '' && !UNSAFE_IN_ADDRESS.test(to);
}

/** Lone UTF-16 surrogates (from a bad paste) would make `encodeURIComponent` throw. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

// encodeURIComponent escapes everything but A–Z a–z 0–9 - _ . ! ~ * ' ( ),
// all of which RFC 6068 allows unescaped in a header value.
const encode = (text: string) => encodeURIComponent(wellFormed(text));

/**
 * Builds a `mailto:` link for a draft. The body's line breaks become
 * `%0D%0A` as RFC 6068 §5 asks; line breaks in the subject become spaces,
 * since a subject is one line and some apps mishandle them. Empty fields are
 * left out of the link.
 *
 * @example buildMailto({ to: 'jane@example.com', subject: 'Hi & thanks', body: 'Line 1\nLine 2' }).href //=> 'mailto:jane@example.com?subject=Hi%20%26%20thanks&body=Line%201%0D%0ALine%202'
 */
export function buildMailto(input: MailtoInput): Mailto {
  const to = input.to.trim();
  const keep = to !== '' && isPlainAddress(to);
  const [local, domain] = to.split('@');
  const address = keep ? `${encode(local)}@${encode(domain)}` : '';
  const subject = input.subject.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').trim();
  const body = input.body.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\r\n');
  const fields = [
    ...(subject ? [`subject=${encode(subject)}`] : []),
    ...(body ? [`body=${encode(body)}`] : []),
  ];
  const href = `mailto:${address}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
  return { href, length: href.length, tooLong: href.length > MAILTO_MAX_LENGTH, recipientDropped: to !== '' && !keep };
}
