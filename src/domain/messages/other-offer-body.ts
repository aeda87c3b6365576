/**
 * The one email sent before the date they gave: you have another offer, with
 * a deadline, and the job you are waiting on is the one you want. It says you
 * are still keen, that you have an offer and when you must answer it, and
 * asks whether they can tell you where you stand before then; it leaves out
 * the other company's name and pay. Whether they are your first choice is
 * left for the person to say only if it is true (a placeholder). To an agency
 * recruiter it asks them to put the question to their client.
 */
import { audienceOf, companyName, describeRole, greeting, type DraftInput } from './draft-parts';
import { orPlaceholder } from './text';

/** Stands in for "they are my first choice", which only the person can say. */
export const FIRST_CHOICE_PLACEHOLDER = '[only if it is true: say they are your first choice]';

/**
 * The body of the email about another offer's deadline.
 *
 * @example otherOfferBody({ kind: 'other-offer', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: '', deadlineText: 'Friday 20 March' }).split('\n\n')[2] //=> "I need to reply to it by Friday 20 March. [only if it is true: say they are your first choice] Before I answer, could you tell me whether there's an updated timeframe for your decision?"
 */
export function otherOfferBody(input: DraftInput): string {
  const audience = audienceOf(input.interviewer);
  const role = describeRole(input.interview);
  const deadline = orPlaceholder(input.deadlineText ?? '', 'the date you must answer the other offer by');
  const mobile = orPlaceholder(input.profile.mobile, 'your mobile number');
  const company = companyName(input.interview);
  const middle =
    audience === 'recruiter'
      ? [
          `I hope you're well. I'm still very keen on ${role}, and I wanted to let you know that I've received another job offer.`,
          `I need to reply to it by ${deadline}. ${FIRST_CHOICE_PLACEHOLDER} Could you ask ${company} whether there's an updated timeframe for their decision, and let them know I'm still very interested?`,
          `I understand if they can't say yet. I'm happy to talk by phone on ${mobile}.`,
        ]
      : [
          `I hope you're well. I'm still very keen on ${role}, and I wanted to let you know that I've received another job offer.`,
          `I need to reply to it by ${deadline}. ${FIRST_CHOICE_PLACEHOLDER} Before I answer, could you tell me whether there's an updated timeframe for your decision?`,
          `I understand if that isn't possible, and I'm happy to talk by phone on ${mobile}.`,
        ];
  return [greeting(input.interviewer, input.country), ...middle, `Kind regards,\n${orPlaceholder(input.profile.name, 'your name')}`].join('\n\n');
}
