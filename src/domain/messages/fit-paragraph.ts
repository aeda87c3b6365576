/**
 * The draft's "why you fit" sentences, built from the notes, never from a
 * generic line: "I'm confident my skills and experience fit what you need"
 * could come from anyone. The guide teaches the shape: what they need (from
 * "What you learned"), then something you have done that answers it (from
 * "What went well"), then anything you didn't get to say. Where the notes
 * are empty, the draft holds a placeholder asking for exactly that.
 *
 * Each note is fitted to its sentence and its reader (`note-fit.ts`), and the
 * sentences name where the person heard it: "You told me…" to an
 * interviewer, "Tom Hughes told me…" to a recruiter or coordinator, who was
 * not in the room.
 */
import type { Notes } from '../records/model';
import { noteParts } from './note-match';
import { fitNote, type FittedNote } from './note-fit';
import { joinSentences, rewordBlock } from './note-reword';
import type { NoteReader } from './note-voice';

/** Stands in for the whole paragraph when the notes give nothing to build it from. */
export const FIT_PLACEHOLDER = '[why you fit: something you have done that answers what they need]';
/** Stands in for the evidence when the notes say what they need but not what you have done. */
export const EVIDENCE_PLACEHOLDER = '[something you have done that shows you can do it]';

/** Who reads the paragraph, and whom the person met (to name where they heard something). */
export interface FitReader extends NoteReader {
  /** The people who interviewed them, as on their cards. Default: none. */
  metWith?: readonly string[];
}

/**
 * The sentences saying why you fit: what they need (the first line of "What
 * you learned" that names a need, else its first line), then the first line
 * of "What went well" and of "What you didn't get to say", each fitted to
 * its sentence and to `reader` (default: an interviewer).
 *
 * @example fitParagraph({ learned: 'They need weekly reporting', wentWell: 'My route-data project', elaborate: '' }) //=> 'You told me that you need weekly reporting. It is close to work I have done, as we discussed: my route-data project.'
 * @example fitParagraph({ learned: 'they need weekly reporting', wentWell: '', elaborate: '' }, { role: 'recruiter', metWith: ['Tom Hughes'] }) //=> 'Tom Hughes told me that they need weekly reporting. [something you have done that shows you can do it]'
 * @example fitParagraph({ learned: '', wentWell: '', elaborate: '' }) //=> '[why you fit: something you have done that answers what they need]'
 */
export function fitParagraph(notes: Pick<Notes, 'learned' | 'wentWell' | 'elaborate'>, reader: FitReader = { role: 'interviewer' }): string {
  const need = fitNote(needFrom(notes.learned), reader);
  const done = fitNote(noteParts(notes.wentWell)[0] ?? '', reader);
  const extra = fitNote(noteParts(notes.elaborate)[0] ?? '', reader);
  const frames = FRAMES[reader.role === 'interviewer' ? 'there' : 'not-there'];
  const source = heardFrom(reader);
  const sentences: string[] = [];
  if (need.text) sentences.push(needSentence(need, source));
  if (need.text && done.text) sentences.push(colonSentence(frames.doneToo, done));
  else if (done.text) sentences.push(colonSentence(frames.done, done));
  else if (need.text && !extra.text) sentences.push(EVIDENCE_PLACEHOLDER);
  if (extra.text) sentences.push(colonSentence(frames.extra, extra));
  return sentences.length > 0 ? joinSentences(sentences) : FIT_PLACEHOLDER;
}

const FRAMES = {
  there: {
    doneToo: 'It is close to work I have done, as we discussed',
    done: "Our conversation showed why I'd fit",
    extra: "Something I'd like to add, as we didn't get to it",
  },
  'not-there': {
    doneToo: 'It is close to work I have done, which came up at the interview',
    done: "The interview showed why I'd fit",
    extra: "One thing I didn't get to say at the interview",
  },
} as const satisfies Record<string, Record<string, string>>;

/**
 * A sentence ending with a note after a colon, or the note quoted for rewording.
 *
 * @example colonSentence('What stayed with me most was this', fitNote('Their plan', { role: 'interviewer' })) //=> 'What stayed with me most was this: your plan.'
 */
export function colonSentence(lead: string, note: FittedNote): string {
  return note.ok ? `${lead}: ${note.text}.` : rewordBlock(lead, note.text);
}

// Who the person heard it from, as the reader knows them: "You" to an interviewer, else the one person met, else the interview.
function heardFrom(reader: FitReader): string | undefined {
  if (reader.role === 'interviewer') return 'You';
  const met = (reader.metWith ?? []).map((name) => name.trim()).filter(Boolean);
  return met.length === 1 ? met[0] : undefined;
}

function needSentence(need: FittedNote, source: string | undefined): string {
  if (!need.ok) return rewordBlock(source ? `${source} told me what the role needs` : 'At the interview I learned what the role needs', need.text);
  if (source) return `${source} told me ${need.clause ? 'that' : 'about'} ${need.text}.`;
  return `At the interview I learned ${need.clause ? 'that' : 'about'} ${need.text}.`;
}

// "This hire would own the dashboard", "they need weekly reports": a line that says what they need.
const NEED = /\b(?:needs?|wants?|looking for|hire|would own|problem|goals?|aims?|priorit(?:y|ies)|challenges?|gaps?)\b/iu;

// A part of a line, too: "Moving reporting to Power BI; this hire would own the dashboard".
function needFrom(learned: string): string {
  const parts = noteParts(learned).flatMap((part) => part.split(/;\s+/u));
  return parts.find((part) => NEED.test(part)) ?? parts[0] ?? '';
}
