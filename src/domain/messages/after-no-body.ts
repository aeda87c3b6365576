/**
 * The reply to a no: thanks for letting you know and for their time, a
 * brief request for feedback (never an argument), and the door left open
 * for similar roles. Companies go back to a runner-up when their first
 * choice falls through; a gracious reply is what they remember. To an agency
 * recruiter it asks them to pass on any feedback the client gives and to
 * keep you in mind, which is what they can do.
 */
import { audienceOf, companyName, describeRole, greeting, joinNames, type DraftInput } from './draft-parts';
import { orPlaceholder } from './text';

/**
 * The body of the reply asking for feedback after a no.
 *
 * @example feedbackBody({ kind: 'feedback', interview, interviewer: { name: 'Jane Tan' }, profile, interviewDateText: '' }).split('\n\n')[2] //=> "If you have a moment, I'd really value any feedback on how I could have been a stronger candidate. I'd also be glad to be considered for similar roles in future."
 */
export function feedbackBody(input: DraftInput): string {
  const audience = audienceOf(input.interviewer);
  const met = joinNames(input.metWith ?? [], audience === 'recruiter' ? 'the hiring team' : 'the panel');
  const middle =
    audience === 'recruiter'
      ? [
          `Thank you for letting me know about ${describeRole(input.interview)}, and for putting me forward. I'm disappointed, of course, but I'm glad I met ${met}.`,
          "If they share any feedback on how I could have been a stronger candidate, I'd really value it. And please keep me in mind for similar roles: I'm still looking.",
        ]
      : [
          `Thank you for letting me know, and for the time ${audience === 'interviewer' ? 'you' : met} gave me during the process. ` +
            `I'm disappointed, of course, but I enjoyed learning about the team at ${companyName(input.interview)}.`,
          "If you have a moment, I'd really value any feedback on how I could have been a stronger candidate. I'd also be glad to be considered for similar roles in future.",
        ];
  return [greeting(input.interviewer, input.country), ...middle, `Best wishes,\n${orPlaceholder(input.profile.name, 'your name')}`].join('\n\n');
}
