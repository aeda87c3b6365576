/**
 * The check-in email's body, worded for who it goes to. To an interviewer or
 * a coordinator: who you are and when you interviewed, that you are still
 * interested, that you understand decisions take time, and a request for an
 * updated timeframe. To an agency recruiter (the consultant, not the
 * employer): what they have heard from their client, any feedback, and a
 * request to ask the employer for a timeframe and tell them you are still keen.
 * A point from the notes is mentioned only when one is chosen.
 */
import { audienceOf, describeRole, greeting, joinNames, noteReader, type DraftInput } from './draft-parts';
import { colonSentence } from './fit-paragraph';
import { fitNote } from './note-fit';
import { joinSentences } from './note-reword';
import { orPlaceholder } from './text';

/**
 * The body of a check-in email.
 *
 * @example checkInBody({ kind: 'check-in', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: 'Tuesday 3 March' }).split('\n\n')[1] //=> "I hope you're well. My name is Priya Shah, and I interviewed with you on Tuesday 3 March for the Data Analyst role at Acme Logistics."
 */
export function checkInBody(input: DraftInput): string {
  const audience = audienceOf(input.interviewer);
  const point = fitNote(input.point ?? '', noteReader(input));
  const name = orPlaceholder(input.profile.name, 'your name');
  const date = orPlaceholder(input.interviewDateText, 'interview date');
  const role = describeRole(input.interview);
  const met = joinNames(input.metWith ?? [], audience === 'recruiter' ? 'the hiring team' : 'the panel');
  // Only an interviewer was in the conversation; to anyone else it is the interview.
  const stayed = audience === 'interviewer' ? 'Our conversation has stayed with me, especially this' : 'The interview has stayed with me, especially this';
  const stillKeen = joinSentences(["I'm still very interested in the position.", ...(point.text ? [colonSentence(stayed, point)] : [])]);
  const middle =
    audience === 'recruiter'
      ? [
          `I hope you're well. I'm getting in touch about ${role}: I interviewed with ${met} on ${date}.`,
          joinSentences([stillKeen, 'Have you heard anything from them since, or had any feedback?']),
          'I know decisions like this can take a while on their side. When you next speak to them, could you ask ' +
            "whether there's an updated timeframe for the next step, and let them know I'm still keen?",
        ]
      : [
          `I hope you're well. My name is ${name}, and I interviewed with ${audience === 'coordinator' ? met : 'you'} on ${date} for ${role}.`,
          `I'm writing to say that ${stillKeen}`,
          'I appreciate that hiring decisions take time and often involve several people. ' +
            "Whenever you have a moment, could you let me know whether there's an updated timeframe for the next step?",
        ];
  return [
    greeting(input.interviewer, input.country),
    ...middle,
    `If it's easier to talk, you can reach me on ${orPlaceholder(input.profile.mobile, 'your mobile number')}. Thank you for your help.`,
    `Best regards,\n${name}`,
  ].join('\n\n');
}
