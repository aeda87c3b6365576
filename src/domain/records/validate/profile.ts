import type { Profile } from '../model';
import { emailProblem, phoneProblem, textProblem } from './contact';
import type { FieldErrors } from './fields';

/**
 * The problems with your profile's fields; all are optional but must be valid when given.
 *
 * @example validateProfile({ schemaVersion: 2, name: 'Ana', email: 'ana@', mobile: '' }) //=> { email: 'That email address looks incomplete: it needs an @ and a domain, like jane@acme.com.' }
 */
export function validateProfile(profile: Profile): FieldErrors {
  const errors: FieldErrors = {};
  const name = textProblem(profile.name, { label: 'your name' });
  const email = emailProblem(profile.email);
  const mobile = phoneProblem(profile.mobile);
  if (name !== undefined) errors.name = name;
  if (email !== undefined) errors.email = email;
  if (mobile !== undefined) errors.mobile = mobile;
  return errors;
}
