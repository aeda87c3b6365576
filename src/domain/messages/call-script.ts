/**
 * A short script for a check-in call, and a voicemail version to read if no
 * one picks up. To an interviewer or a coordinator it covers the same ground
 * as the check-in email: who you are, when you interviewed and for what, that
 * you are still interested, that you understand decisions take time, a
 * request for an updated timeframe, and your number. To an agency recruiter
 * (the consultant, not the employer) it asks what they have heard and any
 * feedback, and asks them to tell the employer you are still keen.
 * Missing data shows as bracketed placeholders, as in the drafts.
 * (When to call is worked out in `schedule/call-window.ts`; no time zones here.)
 */
import { audienceOf, describeRole, joinNames, noteReader, pointsToOffer } from './draft-parts';
import { fitNote } from './note-fit';
import type { Interview, Interviewer, Notes, Profile } from '../records/model';
import { orPlaceholder } from './text';

/** What `buildCallScript` needs. */
export interface CallScriptInput {
  interview: Pick<Interview, 'role' | 'company'>;
  /** Who you are calling; a missing `contactRole` means someone who interviewed you. */
  interviewer: Pick<Interviewer, 'name'> & Partial<Pick<Interviewer, 'contactRole'>>;
  profile: Pick<Profile, 'name' | 'mobile'>;
  /** The interview date, already formatted for the reader, e.g. "Tuesday 3 March". */
  interviewDateText: string;
  notes: Pick<Notes, 'points'>;
  /** The point to mention. Default: the first in the notes; `''` for none. */
  point?: string;
  /** For a recruiter or coordinator: the names of the people you met. */
  metWith?: readonly string[];
}

/** A call script: what to say when they answer, line by line, and the voicemail. */
export interface CallScript {
  /** The first thing to say, to whoever answers. */
  opening: string;
  /** What to say once you are talking to them, one sentence or two a line. */
  lines: string[];
  /** About 30 seconds: who, what, when, interest, a request to call back, the number twice. */
  voicemail: string;
}

/**
 * Builds the phone script and the voicemail for a check-in.
 *
 * @example buildCallScript({ interview, interviewer, profile, interviewDateText: 'Tuesday 3 March', notes }).opening //=> 'Hello, could I speak to Jane Tan, please?'
 */
export function buildCallScript(input: CallScriptInput): CallScript {
  const audience = audienceOf(input.interviewer);
  const them = orPlaceholder(input.interviewer.name, "interviewer's name");
  const me = orPlaceholder(input.profile.name, 'your name');
  const date = orPlaceholder(input.interviewDateText, 'interview date');
  const number = orPlaceholder(input.profile.mobile, 'your mobile number');
  const role = describeRole(input.interview);
  // Spoken, so a note that cannot be fitted to the sentence is left out rather than quoted.
  const fitted = fitNote(input.point ?? pointsToOffer(input.notes)[0] ?? '', noteReader(input));
  const point = fitted.ok ? fitted.text : '';
  const keen = "I'm calling because I'm still very interested in the role." + (point ? ` I've kept thinking about what we discussed: ${point}.` : '');
  const goodbye = 'Thank you for your time. Have a good day.';
  if (audience === 'recruiter') {
    const met = joinNames(input.metWith ?? [], 'the hiring team');
    return {
      opening: `Hello, could I speak to ${them}, please?`,
      lines: [
        `Thank you for taking my call. It's ${me}: you put me forward for ${role}, and I interviewed with ${met} on ${date}.`,
        keen.replace(' what we discussed', ' what we discussed at the interview'),
        'Have you heard anything from them since? Any feedback would be really helpful.',
        "If they haven't decided yet, do you know when they expect to?",
        "When you next speak to them, could you let them know I'm still keen?",
        `If anything comes up, you can reach me on ${number}.`,
        goodbye,
      ],
      voicemail:
        `Hello ${them}, this is ${me}. You put me forward for ${role}, and I interviewed with ${met} on ${date}. ` +
        "I'm still very interested, and I'd be glad to hear whether you've had any news or feedback from them. " +
        `Could you call me back when you have a moment? My number is ${number}. That's ${number}. ` +
        'Thank you, and have a good day.',
    };
  }
  const withWhom = audience === 'coordinator' ? joinNames(input.metWith ?? [], 'the panel') : 'you';
  return {
    opening: `Hello, could I speak to ${them}, please?`,
    lines: [
      `Thank you for taking my call. My name is ${me}, and I interviewed with ${withWhom} on ${date} for ${role}.`,
      keen,
      "I know decisions like this take time, and I don't want to rush you.",
      "Could you tell me whether there's an updated timeframe for the next step?",
      ...(audience === 'coordinator' ? ["And could you let the panel know I'm still keen?"] : []),
      `If anything comes up, you can reach me on ${number}.`,
      goodbye,
    ],
    voicemail:
      `Hello ${them}, this is ${me}. I interviewed with ${withWhom} on ${date} for ${role}. ` +
      "I'm still very interested in the position and would be glad to hear how things are going. " +
      `Could you call me back when you have a moment? My number is ${number}. That's ${number}. ` +
      'Thank you, and have a good day.',
  };
}
