import { describe, expect, it } from 'vitest';
import { buildMailto, isPlainAddress, MAILTO_MAX_LENGTH, type MailtoInput } from '~/domain/messages/mailto';

/** Reads a link back the way a mail app would: recipient, then each header. */
function parse(href: string) {
  const url = new URL(href);
  return {
    protocol: url.protocol,
    to: decodeURIComponent(url.pathname),
    headers: [...new URLSearchParams(url.search)],
    hash: url.hash,
  };
}

describe('isPlainAddress', () => {
  it.each([
    ['jane.tan@example.com', true],
    ['jane+jobs@example.co.uk', true],
    ["o'brien@example.ie", true],
    ['陈美玲@例子.中国', true],
    ['', false],
    ['jane', false],
    ['@example.com', false],
    ['jane@', false],
    ['jane@a@b.com', false],
    ['jane@example.com?cc=evil@example.com', false],
    ['jane@example.com&cc=evil@example.com', false],
    ['jane@example.com,boss@example.com', false],
    ['jane@example.com;boss@example.com', false],
    ['jane%40example.com', false],
    ['jane@example.com%0D%0ABcc:evil@example.com', false],
    ['jane@example.com\r\nBcc: evil@example.com', false],
    ['jane@example.com#x', false],
    ['Jane Tan <jane@example.com>', false],
  ])('reads %j as a plain address: %s', (to, plain) => {
    expect(isPlainAddress(to)).toBe(plain);
  });
});

describe('buildMailto', () => {
  it('builds a link with the recipient, subject and body', () => {
    expect(buildMailto({ to: 'jane@example.com', subject: 'Hi & thanks', body: 'Line 1\nLine 2' }).href).toBe(
      'mailto:jane@example.com?subject=Hi%20%26%20thanks&body=Line%201%0D%0ALine%202',
    );
  });

  it.each([
    ['an ampersand', 'Fish & chips'],
    ['a question mark', 'Any news?'],
    ['an equals sign', 'a=b'],
    ['a hash', 'Ticket #42'],
    ['a percent sign', '100% keen'],
    ['an encoded line break', 'literal %0A and %0D%0A'],
    ['an injected header', 'hi&cc=evil@example.com&bcc=evil@example.com'],
    ['an injected line break and header', 'hi\r\nBcc: evil@example.com'],
    ['a plus sign', '+44 7700 900123'],
    ['Chinese and Arabic', '陈美玲 ليلى حداد'],
    ['emoji', 'Thanks 🙏👩‍👩‍👧'],
    ['HTML', '<script>alert("x")</script>'],
  ])('round-trips a body holding %s as literal text', (_, text) => {
    const { href } = buildMailto({ to: 'jane@example.com', subject: text.replace(/\r\n/g, ' '), body: text });
    const parsed = parse(href);
    expect(parsed.headers).toEqual([
      ['subject', text.replace(/\r\n/g, ' ')],
      ['body', text],
    ]);
    expect(parsed.to).toBe('jane@example.com');
    expect(parsed.hash).toBe('');
  });

  it('encodes every line break in the body as %0D%0A', () => {
    const { href } = buildMailto({ to: '', subject: '', body: 'a\nb\r\nc\rd' });
    expect(href).toBe('mailto:?body=a%0D%0Ab%0D%0Ac%0D%0Ad');
    expect(parse(href).headers).toEqual([['body', 'a\r\nb\r\nc\r\nd']]);
  });

  it('puts a subject typed over two lines on one line', () => {
    expect(parse(buildMailto({ to: '', subject: 'Thank you\r\nBcc: evil@example.com', body: '' }).href).headers).toEqual([
      ['subject', 'Thank you Bcc: evil@example.com'],
    ]);
  });

  it('percent-encodes a non-ASCII address as UTF-8', () => {
    const { href } = buildMailto({ to: '陈美玲@例子.中国', subject: '', body: '' });
    expect(href).toBe('mailto:%E9%99%88%E7%BE%8E%E7%8E%B2@%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD');
    expect(parse(href).to).toBe('陈美玲@例子.中国');
  });

  it.each([
    ['jane@example.com?cc=evil@example.com'],
    ['jane@example.com&bcc=evil@example.com'],
    ['jane@example.com,evil@example.com'],
    ['jane@example.com%0ABcc:evil@example.com'],
    ['jane@example.com\nBcc: evil@example.com'],
  ])('leaves out the recipient %j rather than let it add headers or recipients', (to) => {
    const link = buildMailto({ to, subject: 'Hi', body: 'Hello' });
    expect(link.href).toBe('mailto:?subject=Hi&body=Hello');
    expect(link.recipientDropped).toBe(true);
    expect(parse(link.href).headers.map(([key]) => key)).toEqual(['subject', 'body']);
  });

  it('trims spaces round the recipient and does not count an empty one as dropped', () => {
    expect(buildMailto({ to: '  jane@example.com ', subject: '', body: '' })).toMatchObject({ href: 'mailto:jane@example.com', recipientDropped: false });
    expect(buildMailto({ to: '', subject: '', body: '' })).toMatchObject({ href: 'mailto:', recipientDropped: false });
  });

  it('replaces a broken half of an emoji instead of failing', () => {
    const { href } = buildMailto({ to: '', subject: '', body: 'ok \uD83D end' });
    expect(parse(href).headers).toEqual([['body', 'ok \uFFFD end']]);
  });

  describe('length', () => {
    const prefix = 'mailto:?body='.length;
    it.each([
      [MAILTO_MAX_LENGTH - 1, false],
      [MAILTO_MAX_LENGTH, false],
      [MAILTO_MAX_LENGTH + 1, true],
    ])('marks a %i-character link too long: %s', (length, tooLong) => {
      const link = buildMailto({ to: '', subject: '', body: 'a'.repeat(length - prefix) });
      expect(link).toMatchObject({ length, tooLong });
      expect(link.href).toHaveLength(length);
    });

    it('counts the encoded length, not the typed one', () => {
      const typed = '陈'.repeat(200); // 200 characters, 9 encoded characters each
      expect(buildMailto({ to: '', subject: '', body: typed })).toMatchObject({ length: prefix + 1800, tooLong: true });
    });

    it('sets the limit at 1,800 characters', () => {
      expect(MAILTO_MAX_LENGTH).toBe(1800);
    });
  });

  it('does not change its input', () => {
    const input: MailtoInput = Object.freeze({ to: ' jane@example.com ', subject: 'Hi\nthere', body: 'a\nb' });
    const copy = { ...input };
    buildMailto(input);
    expect(input).toEqual(copy);
  });
});
