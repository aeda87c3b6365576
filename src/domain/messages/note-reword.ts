/**
 * A note a draft could not fit into its sentence (`note-fit.ts`) is quoted
 * as typed, on a bullet of its own, and marked with a placeholder, so the
 * checklist's "No placeholders left" and the copy and open buttons name it
 * until the person rewords it; the composer says which notes and why.
 */
import { fitNote, REFUSALS, type Refusal } from './note-fit';
import type { NoteReader } from './note-voice';

/** Marks a note quoted for rewording: a placeholder, so the checklist and the copy and open buttons name it. */
export const REWORD_MARK = '[reword this note in your own words]';

/**
 * A sentence whose note could not be fitted: its lead, then the note as
 * typed on a bullet of its own, marked for the person to reword.
 *
 * @example rewordBlock('What stayed with me most was this', 'APAC LAUNCH IN Q2') //=> 'What stayed with me most was this:\n- APAC LAUNCH IN Q2 [reword this note in your own words]'
 */
export function rewordBlock(lead: string, note: string): string {
  return `${lead}:\n- ${note} ${REWORD_MARK}`;
}

/**
 * Sentences joined into a paragraph: with a space, or a line break after a
 * quoted note's bullet so the next sentence does not run on from it.
 *
 * @example joinSentences(['A:\n- x [reword this note in your own words]', 'B.']) //=> 'A:\n- x [reword this note in your own words]\nB.'
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' ? sentence : `${text}${text.endsWith(REWORD_MARK) ? '\n' : ' '}${sentence}`), '');
}

/** A note a draft quotes for rewording, and why it could not be fitted. */
export interface NoteToReword {
  note: string;
  /** Why; `undefined` when the person's own edit made it fit. */
  reason: Refusal | undefined;
}

/**
 * The notes `body` quotes for rewording (the bullets marked with
 * `REWORD_MARK`), each with the reason it could not be fitted, in order.
 *
 * @example notesToReword('Dear Jane,\n\nThis:\n- APAC LAUNCH IN Q2 [reword this note in your own words]', { role: 'interviewer' }) //=> [{ note: 'APAC LAUNCH IN Q2', reason: 'capitals' }]
 */
export function notesToReword(body: string, reader: NoteReader): NoteToReword[] {
  if (!body.includes(REWORD_MARK)) return [];
  const marked = body.split('\n').filter((line) => line.startsWith('- ') && line.endsWith(` ${REWORD_MARK}`));
  return marked.map((line) => {
    const note = line.slice(2, -REWORD_MARK.length - 1);
    const fitted = fitNote(note, reader);
    return { note, reason: fitted.ok ? undefined : fitted.reason };
  });
}

/**
 * What the composer says when a draft quotes notes for rewording.
 *
 * @example rewordMessage([{ note: 'APAC LAUNCH IN Q2', reason: 'capitals' }]) //=> 'One note is quoted as you typed it, on a bullet, because it is written in capitals. Reword it where the draft says [reword this note in your own words].'
 * @example rewordMessage([{ note: 'a?', reason: 'question' }, { note: 'b?', reason: 'question' }, { note: 'C', reason: 'long' }]) //=> '3 notes are quoted as you typed them, on bullets (2 are questions, one is long). Reword them where the draft says [reword this note in your own words].'
 */
export function rewordMessage(notes: readonly NoteToReword[]): string {
  if (notes.length === 0) return '';
  const where = `where the draft says ${REWORD_MARK}.`;
  if (notes.length === 1) {
    const why = notes[0]!.reason ? `, because it is ${REFUSALS[notes[0]!.reason][0]}` : '';
    return `One note is quoted as you typed it, on a bullet${why}. Reword it ${where}`;
  }
  const counts = new Map<Refusal, number>();
  for (const { reason } of notes) if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const whys = [...counts].map(([reason, count]) => (count === 1 ? `one is ${REFUSALS[reason][0]}` : `${count} are ${REFUSALS[reason][1]}`));
  return `${notes.length} notes are quoted as you typed them, on bullets${whys.length > 0 ? ` (${whys.join(', ')})` : ''}. Reword them ${where}`;
}
