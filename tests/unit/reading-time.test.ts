import { describe, expect, it } from 'vitest';
import { readingMinutes } from '~/utils/reading-time';

describe('readingMinutes', () => {
  it('never says less than one minute', () => {
    expect(readingMinutes('# Title\n\nThree short words.')).toBe(1);
  });

  it('counts about two hundred words a minute', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });

  it('does not count imports, tags or Markdown punctuation as words', () => {
    const source = `import Callout from '~/components/Callout.astro';\n\n<Callout type="tip">\n\n## ${'word '.repeat(400)}\n\n</Callout>`;
    expect(readingMinutes(source)).toBe(2);
  });
});
