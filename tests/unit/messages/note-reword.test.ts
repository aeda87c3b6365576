import { describe, expect, it } from 'vitest';
import { joinSentences, notesToReword, REWORD_MARK, rewordBlock, rewordMessage } from '~/domain/messages/note-reword';
import type { NoteReader } from '~/domain/messages/note-voice';

const TOM: NoteReader = { role: 'interviewer', names: ['Tom Hughes', 'Tom'] };

describe('rewordBlock and joinSentences', () => {
  it('quotes a note it could not fit as a marked bullet the checker and the copy button find', () => {
    const block = rewordBlock('What stayed with me most was this', 'APAC LAUNCH IN Q2');
    expect(block).toBe(`What stayed with me most was this:\n- APAC LAUNCH IN Q2 ${REWORD_MARK}`);
    expect(joinSentences([block, 'Thank you.'])).toBe(`${block}\nThank you.`);
    expect(joinSentences(['One.', 'Two.'])).toBe('One. Two.');
  });

});

describe('notesToReword and rewordMessage: telling the person which notes to reword, and why', () => {
  const body = `Dear Jane,\n\n${rewordBlock('What stayed with me most was this', 'APAC LAUNCH IN Q2')}\nIt fits: ${'x'}.\n\n${rewordBlock('You told me what the role needs', 'What does success look like?')}`;

  it('finds each marked bullet with the reason it was not fitted', () => {
    expect(notesToReword(body, TOM)).toEqual([
      { note: 'APAC LAUNCH IN Q2', reason: 'capitals' },
      { note: 'What does success look like?', reason: 'question' },
    ]);
    expect(notesToReword('Dear Jane,\n\nAll fitted.', TOM)).toEqual([]);
  });

  it.each([
    [[{ note: 'a?', reason: 'question' as const }], `One note is quoted as you typed it, on a bullet, because it is a question. Reword it where the draft says ${REWORD_MARK}.`],
    [[{ note: 'x', reason: undefined }], `One note is quoted as you typed it, on a bullet. Reword it where the draft says ${REWORD_MARK}.`],
    [
      [
        { note: 'A', reason: 'capitals' as const },
        { note: 'b?', reason: 'question' as const },
        { note: 'c?', reason: 'question' as const },
      ],
      `3 notes are quoted as you typed them, on bullets (one is written in capitals, 2 are questions). Reword them where the draft says ${REWORD_MARK}.`,
    ],
    [[], ''],
  ])('says %j as %j', (notes, message) => {
    expect(rewordMessage(notes)).toBe(message);
  });
});
