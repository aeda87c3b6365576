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
      { note: 'APAC LAUNCH IN Q2', reason: 'it is written in capitals' },
      { note: 'What does success look like?', reason: 'it is a question' },
    ]);
    expect(notesToReword('Dear Jane,\n\nAll fitted.', TOM)).toEqual([]);
  });

  it.each([
    [[{ note: 'a?', reason: 'it is a question' }], `One note is quoted as you typed it, as a bullet, because it is a question. Reword it where the draft says ${REWORD_MARK}.`],
    [
      [
        { note: 'A', reason: 'it is written in capitals' },
        { note: 'b?', reason: 'it is a question' },
      ],
      `2 notes are quoted as you typed them, as bullets, because it is written in capitals or it is a question. Reword them where the draft says ${REWORD_MARK}.`,
    ],
    [[], ''],
  ])('says %j as %j', (notes, message) => {
    expect(rewordMessage(notes)).toBe(message);
  });
});
