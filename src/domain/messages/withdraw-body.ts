/**
 * Withdrawing from a process, once you have accepted another offer in
 * writing: thanks, the withdrawal said plainly, and a warm close, since these
 * are people you may meet again. To an agency recruiter it asks them to tell
 * their client, with your thanks to the people you met.
 */
import { audienceOf, describeRole, greeting, joinNames, type DraftInput } from './draft-parts';
import { orPlaceholder } from './text';

/**
 * The body of the email withdrawing your application.
 *
 * @example withdrawBody({ kind: 'withdraw', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: 'Tuesday 3 March' }).split('\n\n')[1] //=> "Thank you again for meeting me on Tuesday 3 March. I've now accepted another position, so I'd like to withdraw my application for the Data Analyst role at Acme Logistics."
 */
export function withdrawBody(input: DraftInput): string {
  const audience = audienceOf(input.interviewer);
  const role = describeRole(input.interview);
  const date = input.interviewDateText.trim() ? ` on ${input.interviewDateText.trim()}` : '';
  const met = joinNames(input.metWith ?? [], audience === 'recruiter' ? 'the hiring team' : 'the panel');
  const middle =
    audience === 'recruiter'
      ? [
          `Thank you for putting me forward for ${role}. I've now accepted another position, so I'd like to withdraw from the process.`,
          `Could you let them know, with my thanks to ${met}? I'm grateful for your help, and I'd be glad to stay in touch.`,
        ]
      : [
          `Thank you again for ${audience === 'interviewer' ? 'meeting me' : 'arranging my interview'}${date}. I've now accepted another position, so I'd like to withdraw my application for ${role}.`,
          audience === 'interviewer'
            ? 'I enjoyed our conversation, and I hope our paths cross again.'
            : `Could you pass my thanks on to ${met}? I enjoyed meeting them, and I hope our paths cross again.`,
        ];
  return [greeting(input.interviewer, input.country), ...middle, `Kind regards,\n${orPlaceholder(input.profile.name, 'your name')}`].join('\n\n');
}
