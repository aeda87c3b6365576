import type { Profile } from '../model';
import { emailProblem, phoneProblem, textProblem } from './contact';

// The same test as `schedule/zoned-time.ts`'s isWallTime, written out so the profile form loads no time-zone code.
const isWallTime = (text: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
import type { FieldErrors } from './fields';

/**
 * The problems with your profile's fields; all are optional but must be valid
 * when given. Your day may end after midnight (an end before the start is the
 * next morning).
 *
 * @example validateProfile({ schemaVersion: 2, name: 'Ana', email: 'ana@', mobile: '', dayStart: '08:00', dayEnd: '21:00' }) //=> { email: 'That email address looks incomplete: it needs an @ and a domain, like jane@acme.com.' }
 */
export function validateProfile(profile: Profile): FieldErrors {
  const errors: FieldErrors = {};
  const name = textProblem(profile.name, { label: 'your name' });
  const email = emailProblem(profile.email);
  const mobile = phoneProblem(profile.mobile);
  if (name !== undefined) errors.name = name;
  if (email !== undefined) errors.email = email;
  if (mobile !== undefined) errors.mobile = mobile;
  if (!isWallTime(profile.dayStart)) errors.dayStart = 'Use a time like 08:00.';
  if (!isWallTime(profile.dayEnd)) errors.dayEnd = 'Use a time like 21:00.';
  else if (profile.dayEnd === profile.dayStart) errors.dayEnd = 'Your day should end at a different time from when it starts.';
  return errors;
}
