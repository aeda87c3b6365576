/**
 * The closing note, sent after the last unanswered check-in: thanks once
 * more, no more chasing, still interested, and the door left open. To a
 * coordinator it asks them to pass the thanks on; to an agency recruiter it
 * thanks them for putting you forward and asks them to keep you in mind for
 * other roles, which is what a recruiter can do.
 */
import { audienceOf, companyName, describeRole, greeting, joinNames, type DraftInput } from './draft-parts';
import { orPlaceholder } from './text';

/**
 * The body of a closing note.
 *
 * @example closingBody({ kind: 'closing', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: 'Tuesday 3 March' }).split('\n\n')[2] //=> "I'm still interested in working with Acme Logistics, so please do get in touch if this role or a similar one opens up. You can reach me on 07700 900123."
 */
export function closingBody(input: DraftInput): string {
  const audience = audienceOf(input.interviewer);
  const role = describeRole(input.interview);
  const date = input.interviewDateText.trim() ? ` on ${input.interviewDateText.trim()}` : '';
  const mobile = orPlaceholder(input.profile.mobile, 'your mobile number');
  const met = joinNames(input.metWith ?? [], audience === 'recruiter' ? 'the hiring team' : 'the panel');
  const middle =
    audience === 'recruiter'
      ? [
          `I've asked a few times about ${role} since I interviewed with ${met}${date}, and I understand they may have moved on. ` +
            "I won't keep asking, but I wanted to thank you for putting me forward.",
          `I'm still keen on roles like this one, so please keep me in mind for anything similar. You can reach me on ${mobile}.`,
        ]
      : [
          `I've checked in a few times about ${role} since ${audience === 'interviewer' ? 'we met' : `I interviewed with ${met}`}${date}, ` +
            "and I understand things may have changed on your side. I won't keep getting in touch, but " +
            (audience === 'interviewer' ? 'I wanted to thank you again for your time.' : 'could you pass my thanks on to them once more?'),
          `I'm still interested in working with ${companyName(input.interview)}, so please do get in touch if this role or a similar one opens up. You can reach me on ${mobile}.`,
        ];
  return [greeting(input.interviewer, input.country), ...middle, `All the best,\n${orPlaceholder(input.profile.name, 'your name')}`].join('\n\n');
}
