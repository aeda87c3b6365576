/**
 * The thank-you email's body (about 100–150 words), worded for who it goes to:
 *
 * - an interviewer: thanks, one point you discussed, why you fit (from the
 *   notes), an offer of references or samples, your mobile;
 * - a coordinator who arranged the interview: the same, thanking them for
 *   arranging it and asking them to pass your thanks on to the people you met;
 * - an agency recruiter (the consultant, not the employer): thanks for putting
 *   you forward, how it went, and a request to pass your thanks on and share
 *   any feedback.
 */
import { audienceOf, describeRole, greeting, joinNames, noteReader, pointsToOffer, type DraftInput } from './draft-parts';
import { colonSentence, fitParagraph } from './fit-paragraph';
import { fitNote } from './note-fit';
import { orPlaceholder } from './text';
import { squish } from '../shared/text';

/** Stands in for the point when the notes hold none. */
export const POINT_PLACEHOLDER = '[a specific point you discussed]';

/**
 * The body of a thank-you email.
 *
 * @example thankYouBody({ kind: 'thank-you', interview, interviewer: { name: 'Sam Reid', contactRole: 'recruiter' }, profile, interviewDateText: '', metWith: ['Jane Tan'] }).split('\n\n')[1] //=> 'Thank you for putting me forward for the Data Analyst role at Acme Logistics. I met Jane Tan, and I came away even keener on the position.'
 */
export function thankYouBody(input: DraftInput): string {
  const audience = audienceOf(input.interviewer);
  const { notes } = input.interview;
  const date = squish(input.interviewDateText);
  const on = date ? ` on ${date}` : '';
  const role = describeRole(input.interview);
  const reader = noteReader(input);
  const chosen = fitNote(input.point ?? '', reader);
  const fitted = chosen.text ? chosen : fitNote(pointsToOffer(notes)[0] ?? '', reader);
  const point = fitted.text ? fitted : ({ ok: true, text: POINT_PLACEHOLDER, clause: false } as const);
  const met = joinNames(input.metWith ?? [], audience === 'recruiter' ? 'the hiring team' : 'the panel');
  const mobile = orPlaceholder(input.profile.mobile, 'your mobile number');
  const who = audience === 'interviewer' ? 'you' : 'they';
  const paragraphs = {
    interviewer: [
      `Thank you for taking the time to meet me${on} about ${role}. I enjoyed our conversation and came away even keener on the position.`,
      colonSentence('Our discussion has stayed with me, especially this', point),
    ],
    coordinator: [
      `Thank you for arranging my interview${on} for ${role}. I enjoyed meeting ${met}, and I came away even keener on the position.`,
      colonSentence('What stayed with me most was this', point),
    ],
    recruiter: [
      `Thank you for putting me forward for ${role}. I met ${met}${on}, and I came away even keener on the position.`,
      colonSentence('What stayed with me most was this', point),
    ],
  }[audience];
  const passOn =
    audience === 'interviewer'
      ? []
      : [`Could you pass my thanks on to ${met}?${audience === 'recruiter' ? " I'd also be glad to hear any feedback they share with you." : ''}`];
  return [
    greeting(input.interviewer, input.country),
    ...paragraphs,
    fitParagraph(notes, { ...reader, metWith: input.metWith ?? [] }),
    ...passOn,
    `I'd be glad to send references, portfolio samples or any other information ${who} need. You can reach me on ${mobile}.`,
    'Thank you again, and I look forward to hearing from you.',
    `Kind regards,\n${orPlaceholder(input.profile.name, 'your name')}`,
  ].join('\n\n');
}
