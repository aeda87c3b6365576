/**
 * The three replies to an offer, as the guide teaches them: thank them
 * warmly and ask for the offer in writing, then either accept it, ask for a
 * few days to decide (saying by when), or ask about its terms before
 * answering. Written to the person who made the offer; to an agency
 * recruiter, who passes it on, each asks them to tell their client.
 */
import { audienceOf, companyName, describeRole, greeting, type DraftInput } from './draft-parts';
import { orPlaceholder } from './text';

/** Stands in for the questions about the offer's terms, which only the person knows. */
export const TERMS_PLACEHOLDER = '[your question about the terms: pay, start date, hours, place of work]';

const signOff = (input: DraftInput) => `Kind regards,\n${orPlaceholder(input.profile.name, 'your name')}`;
const toAgency = (input: DraftInput) => audienceOf(input.interviewer) === 'recruiter';

/**
 * Accepting an offer: delighted to accept, the offer and a start date in
 * writing, and looking forward to starting.
 *
 * @example offerAcceptBody({ kind: 'offer-accept', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: '' }).split('\n\n')[1] //=> 'Thank you for offering me the Data Analyst role at Acme Logistics. I\'m delighted to accept it.'
 */
export function offerAcceptBody(input: DraftInput): string {
  const role = describeRole(input.interview);
  const mobile = orPlaceholder(input.profile.mobile, 'your mobile number');
  const middle = toAgency(input)
    ? [
        `Thank you for all your help with ${role}. I'm delighted to accept the offer.`,
        `Could you let ${companyName(input.interview)} know, and ask them to send the offer in writing with the start date and terms, so I can sign and return it?`,
        `I'm looking forward to starting. If you need anything else from me, you can reach me on ${mobile}.`,
      ]
    : [
        `Thank you for offering me ${role}. I'm delighted to accept it.`,
        'Could you send me the offer in writing, with the start date and the terms we discussed, so I can sign and return it?',
        `I'm looking forward to joining the team. If you need anything else from me before I start, you can reach me on ${mobile}.`,
      ];
  return [greeting(input.interviewer, input.country), ...middle, signOff(input)].join('\n\n');
}

/**
 * Asking for time to decide: thanks, the offer in writing, and the day you
 * will answer by (a placeholder until it is given).
 *
 * @example offerTimeBody({ kind: 'offer-time', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: '', answerByText: 'Thursday 12 March' }).split('\n\n')[2] //=> "Could you send the offer over in writing, so I can look through the details? I'd like to come back to you by Thursday 12 March, if that works for you."
 */
export function offerTimeBody(input: DraftInput): string {
  const role = describeRole(input.interview);
  const answerBy = orPlaceholder(input.answerByText ?? '', 'the day you will answer by');
  const middle = toAgency(input)
    ? [
        `Thank you for the news about ${role}: I'm really pleased, and grateful for your help.`,
        `Could you ask ${companyName(input.interview)} to send the offer in writing, so I can look through the details, and let them know I'll come back to them by ${answerBy}?`,
      ]
    : [
        `Thank you for offering me ${role}. I'm really pleased, and grateful for the time you and the team have given me.`,
        `Could you send the offer over in writing, so I can look through the details? I'd like to come back to you by ${answerBy}, if that works for you.`,
      ];
  return [greeting(input.interviewer, input.country), ...middle, `If it would help to talk, you can reach me on ${orPlaceholder(input.profile.mobile, 'your mobile number')}.`, signOff(input)].join(
    '\n\n',
  );
}

/**
 * Asking about the terms before answering: still keen, the questions (a
 * placeholder bullet for the person's own), and the offer in writing.
 *
 * @example offerTermsBody({ kind: 'offer-terms', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: '' }).split('\n\n')[2] //=> 'Before I give you my answer, could I ask about a few of the terms?\n- [your question about the terms: pay, start date, hours, place of work]'
 */
export function offerTermsBody(input: DraftInput): string {
  const role = describeRole(input.interview);
  const agency = toAgency(input);
  return [
    greeting(input.interviewer, input.country),
    agency
      ? `Thank you for the news about ${role}: I'm really pleased, and keen to make it work.`
      : `Thank you for offering me ${role}. I'm really pleased, and keen to make it work.`,
    `${agency ? `Before I give my answer, could you ask ${companyName(input.interview)} about a few of the terms?` : 'Before I give you my answer, could I ask about a few of the terms?'}\n- ${TERMS_PLACEHOLDER}`,
    `Could ${agency ? 'they' : 'you'} also send the offer in writing, so I can look through the details? I'm happy to talk it through by phone on ${orPlaceholder(input.profile.mobile, 'your mobile number')}.`,
    signOff(input),
  ].join('\n\n');
}
