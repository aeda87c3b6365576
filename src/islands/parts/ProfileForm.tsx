import { validateProfile } from '../../domain/records/validate/profile';
import { editProfile, planner } from '../store';
import { profileFieldConflict } from '../field-conflict';
import { Field } from './Field';

/** Your own details, stored once and used to sign every email, and your own day for calls and reminders. */
export function ProfileForm() {
  const errors = () => validateProfile(planner.profile);
  return (
    <div class="stack">
      <p class="hint">Used to sign your emails and call scripts, for every interview. Stored in this browser only.</p>
      <div class="grid">
        <Field label="Your name" value={planner.profile.name} onInput={(value) => editProfile('name', value)} conflict={profileFieldConflict('name')} autocomplete="name" error={errors().name} />
        <Field label="Your email" type="email" value={planner.profile.email} onInput={(value) => editProfile('email', value)} conflict={profileFieldConflict('email')} autocomplete="email" error={errors().email} />
        <Field label="Your mobile" type="tel" value={planner.profile.mobile} onInput={(value) => editProfile('mobile', value)} conflict={profileFieldConflict('mobile')} autocomplete="tel" error={errors().mobile} />
        <Field
          label="Your day starts"
          type="time"
          value={planner.profile.dayStart}
          onInput={(value) => editProfile('dayStart', value)}
          conflict={profileFieldConflict('dayStart')}
          error={errors().dayStart}
          hint="On your own clock. No call or reminder before it."
        />
        <Field
          label="Your day ends"
          type="time"
          value={planner.profile.dayEnd}
          onInput={(value) => editProfile('dayEnd', value)}
          conflict={profileFieldConflict('dayEnd')}
          error={errors().dayEnd}
          hint="Emails due after it are scheduled to send, with a reminder the evening before."
        />
      </div>
    </div>
  );
}
