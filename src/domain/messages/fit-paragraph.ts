/**
 * The draft's "why you fit" sentences, built from the notes, never from a
 * generic line: "I'm confident my skills and experience fit what you need"
 * could come from anyone. The guide teaches the shape: what they need (from
 * "What you learned"), then something you have done that answers it (from
 * "What went well"), then anything you didn't get to say. Where the notes
 * are empty, the draft holds a placeholder asking for exactly that.
 */
import type { Notes } from '../records/model';
import { firstNote } from './draft-parts';
import { noteParts } from './note-match';
import { clause } from './text';

/** Stands in for the whole paragraph when the notes give nothing to build it from. */
export const FIT_PLACEHOLDER = '[why you fit: something you have done that answers what they need]';
/** Stands in for the evidence when the notes say what they need but not what you have done. */
export const EVIDENCE_PLACEHOLDER = '[something you have done that shows you can do it]';

/**
 * The sentences saying why you fit: what they need (the first line of "What
 * you learned" that names a need, else its first line), then the first line
 * of "What went well" and of "What you didn't get to say".
 *
 * @example fitParagraph({ learned: 'They need weekly reporting', wentWell: 'My route-data project', elaborate: '' }) //=> 'You told me what the role needs: they need weekly reporting. It is close to work I have done, as we discussed: my route-data project.'
 * @example fitParagraph({ learned: '', wentWell: '', elaborate: '' }) //=> '[why you fit: something you have done that answers what they need]'
 */
export function fitParagraph(notes: Pick<Notes, 'learned' | 'wentWell' | 'elaborate'>): string {
  const need = lowerFirst(needFrom(notes.learned));
  const done = lowerFirst(firstNote(notes.wentWell));
  const extra = lowerFirst(firstNote(notes.elaborate));
  const sentences: string[] = [];
  if (need) sentences.push(`You told me what the role needs: ${need}.`);
  if (need && done) sentences.push(`It is close to work I have done, as we discussed: ${done}.`);
  else if (done) sentences.push(`Our conversation showed why I'd fit: ${done}.`);
  else if (need && !extra) sentences.push(EVIDENCE_PLACEHOLDER);
  if (extra) sentences.push(`Something I'd like to add, as we didn't get to it: ${extra}.`);
  return sentences.length > 0 ? sentences.join(' ') : FIT_PLACEHOLDER;
}

// "This hire would own the dashboard", "they need weekly reports": a line that says what they need.
const NEED = /\b(?:needs?|wants?|looking for|hire|would own|problem|goals?|aims?|priorit(?:y|ies)|challenges?|gaps?)\b/iu;

function needFrom(learned: string): string {
  const parts = noteParts(learned);
  return clause(parts.find((part) => NEED.test(part)) ?? parts[0] ?? '');
}

// "The route-data project" reads better mid-sentence as "the route-data
// project"; a word in capitals throughout (an acronym) or with a capital
// inside ("Power BI", "iPhone") is a name and keeps its case.
function lowerFirst(text: string): string {
  const [first = ''] = text.split(/\s/u, 1);
  const isPlainCapitalised = /^\p{Lu}\p{Ll}+$/u.test(first) && COMMON_OPENERS.has(first.toLowerCase());
  return isPlainCapitalised ? text[0]!.toLowerCase() + text.slice(1) : text;
}

// Only ordinary opening words are lowered, so a note starting with a name ("Jane asked…") keeps it.
const COMMON_OPENERS = new Set(
  'the a an my our their they we it this that these those team moving more most some how what when why where which our one two three four five six seven eight nine ten big small new weekly monthly growing building'.split(' '),
);
