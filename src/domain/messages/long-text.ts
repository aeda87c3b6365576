/**
 * How much of a person's notes goes into what Nudge writes for them: email
 * drafts, subjects, call scripts and calendar events.
 *
 * Notes are kept whole, however long (a pasted transcript can be 100 KB), but
 * a draft quotes a point in a sentence, and a calendar event is read on a
 * phone's lock screen. Past these bounds the text is cut at a word, ends with
 * "…", and the person is told which notes were shortened. Bounding here, before
 * any drafting, also keeps each keystroke cheap: drafts and checks are redone
 * as the person types, and their cost grows with the text they quote (issue 10).
 */
import type { Interview, Interviewer, Notes, Profile } from '../records/model';
import { squish } from '../shared/text';

/** Characters of one note (a point, what went well…) quoted in a draft or call script. */
export const NOTE_CHARS = 300;
/** Characters of a name, company or role used in a draft, subject or event title. */
export const NAME_CHARS = 100;
/** Characters of a calendar event's title. */
export const EVENT_TITLE_CHARS = 200;
/** Characters of a calendar event's description (its email start or call script, and contact details). */
export const EVENT_DESCRIPTION_CHARS = 4000;

/** A text cut to a bound, and whether it was cut. */
export interface Clipped {
  text: string;
  shortened: boolean;
}

/**
 * `text` cut to at most `max` characters (code points, so no emoji is split),
 * at the last space in its final fifth if there is one, ending with "…".
 * Text that fits comes back unchanged.
 *
 * @example clipText('We discussed the APAC launch plans', 20) //=> { text: 'We discussed the…', shortened: true }
 */
export function clipText(text: string, max: number): Clipped {
  // Cheap test first: most text is far shorter, and a 100 KB note is never spread into code points.
  if (text.length <= max) return { text, shortened: false };
  const points = Array.from(text.slice(0, max * 2 + 2));
  if (points.length <= max) return { text, shortened: false };
  const cut = points.slice(0, Math.max(0, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space >= cut.length * 0.8 ? cut.slice(0, space) : cut;
  return { text: `${kept.replace(/[\s,;:.–-]+$/u, '')}…`, shortened: true };
}

/** The parts of an interview that drafts and scripts quote. */
export type QuotedInterview = Pick<Interview, 'company' | 'role' | 'notes' | 'interviewers'>;

/** An interview (and profile) with every quoted text within its bound, and which notes were cut. */
export interface BoundedForMessages<T extends QuotedInterview> {
  interview: T;
  profile: Pick<Profile, 'name' | 'mobile'>;
  /** The chosen point, bounded, when one was given. */
  point: string | undefined;
  /** Each text that was cut: in words for the person (e.g. 'your specific point 1'), and as cut. */
  cuts: { label: string; text: string }[];
}


/**
 * A copy of `interview`, `profile` and the chosen `point` with every text a
 * draft, script or event could quote within its bound. Inputs are not changed.
 *
 * @example boundForMessages({ ...interview, notes: { ...notes, points: ['x'.repeat(100_000)] } }, profile).cuts[0].label //=> 'your specific point 1'
 */
export function boundForMessages<T extends QuotedInterview>(interview: T, profile: Pick<Profile, 'name' | 'mobile'>, point?: string): BoundedForMessages<T> {
  const cuts: { label: string; text: string }[] = [];
  const bound = (text: string, max: number, label: string) => {
    const clipped = clipText(text, max);
    if (clipped.shortened) cuts.push({ label, text: clipped.text });
    return clipped.text;
  };
  const { notes: kept } = interview;
  const notes: Notes = {
    ...kept,
    learned: bound(kept.learned, NOTE_CHARS, 'what you learned'),
    wentWell: bound(kept.wentWell, NOTE_CHARS, 'what went well'),
    elaborate: bound(kept.elaborate, NOTE_CHARS, 'what you would elaborate on'),
    openQuestions: bound(kept.openQuestions, NOTE_CHARS, 'your open questions'),
    points: kept.points.map((text, index) => bound(text, NOTE_CHARS, `your specific point ${index + 1}`)),
  };
  const interviewers: Interviewer[] = interview.interviewers.map((person) => ({ ...person, name: bound(person.name, NAME_CHARS, "the interviewer's name") }));
  return {
    interview: {
      ...interview,
      company: bound(interview.company, NAME_CHARS, 'the company name'),
      role: bound(interview.role, NAME_CHARS, 'the role'),
      notes,
      interviewers,
    },
    profile: { ...profile, name: bound(profile.name, NAME_CHARS, 'your name'), mobile: bound(profile.mobile, NAME_CHARS, 'your mobile') },
    point: point === undefined ? undefined : bound(point, NOTE_CHARS, 'the point you chose'),
    cuts,
  };
}

/**
 * Which of the cut texts `written` actually quotes (a draft uses one point,
 * not all), in words for the person, each named once.
 *
 * @example quotedCuts(bounded, [draft.subject, draft.body]) //=> ['your specific point 1']
 */
export function quotedCuts(bounded: Pick<BoundedForMessages<QuotedInterview>, 'cuts'>, written: readonly string[]): string[] {
  if (bounded.cuts.length === 0) return [];
  const texts = written.map(squish);
  const labels = bounded.cuts
    .filter((cut) => {
      // Drafts tidy what they quote (spaces, a final full stop), so look for its opening words.
      const opening = squish(cut.text.replace(/…$/u, '')).slice(0, 40);
      return opening !== '' && texts.some((text) => text.includes(opening));
    })
    .map((cut) => cut.label);
  return [...new Set(labels)];
}

/**
 * The sentence shown beside a draft, script or calendar when notes were cut.
 *
 * @example shortenedMessage(['your specific point 1'], 'this draft') //=> 'Your notes are long, so this draft uses only the start of your specific point 1. Your notes themselves are kept whole.'
 */
export function shortenedMessage(shortened: readonly string[], where: string): string {
  if (shortened.length === 0) return '';
  const list = shortened.length === 1 ? shortened[0] : `${shortened.slice(0, -1).join(', ')} and ${shortened.at(-1)}`;
  return `Your notes are long, so ${where} uses only the start of ${list}. Your notes themselves are kept whole.`;
}
