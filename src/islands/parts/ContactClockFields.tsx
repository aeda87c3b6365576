import { createMemo, Show } from 'solid-js';
import type { Interviewer } from '../../domain/records/model';
import { CLOCK_SOURCE_WORDS } from '../../domain/schedule/recipient-clock';
import { isValidTimeZone } from '../../domain/shared/wall-time';
import { contactClockFor, placeIndex, placeIndexError } from '../holidays';
import { editInterview, planner } from '../store';
import { Field } from './Field';
import { SelectField } from './SelectField';

/** The page's one list of time zones (`TimeZoneList` in TimeZoneField.tsx). */
const TIME_ZONE_LIST_ID = 'time-zones';

/**
 * A contact's clock on their card: the time zone and country the follow-ups
 * to them are timed by. Nudge works each out (their card, their number, the
 * invitation, the interview, or your own zone for a recruiter) and says
 * where from; the person can set either, or clear it to let Nudge work it out.
 */
export function ContactClockFields(props: { interviewId: string; index: number; person: Interviewer }) {
  const interview = () => planner.interviews.find((item) => item.id === props.interviewId);
  const clock = createMemo(() => {
    const current = interview();
    return current ? contactClockFor(current, props.person) : undefined;
  });
  const countries = createMemo(() =>
    Object.entries(placeIndex()?.countries ?? {})
      .map(([value, entry]) => ({ value, label: entry.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  );
  const countryName = (code: string) => placeIndex()?.countries[code]?.name ?? code;
  const setZone = (value: string) => {
    editInterview(props.interviewId, ['interviewers', props.index, 'timeZone'], value.trim() === '' ? '' : value);
    editInterview(props.interviewId, ['interviewers', props.index, 'timeZoneFrom'], value.trim() === '' ? '' : 'you');
  };
  const setCountry = (value: string) => {
    editInterview(props.interviewId, ['interviewers', props.index, 'country'], value);
    editInterview(props.interviewId, ['interviewers', props.index, 'countryFrom'], value === '' ? '' : 'you');
  };
  const zoneError = () =>
    props.person.timeZoneFrom === 'you' && props.person.timeZone.trim() !== '' && !isValidTimeZone(props.person.timeZone)
      ? 'Not a time zone Nudge knows: type a city and choose from the list, e.g. Asia/Kuala_Lumpur.'
      : undefined;
  const zoneHint = () => {
    const current = clock();
    if (!current) return 'Working out their clock…';
    const now = `Now ${current.timeZone}, from ${CLOCK_SOURCE_WORDS[current.timeZoneFrom]}.`;
    return props.person.timeZoneFrom === 'you' ? `${now} Clear it to let Nudge work it out again.` : `${now} Type a city to set it yourself.`;
  };
  const countryLabel = () => {
    const current = clock();
    return current?.country && props.person.countryFrom !== 'you'
      ? `Work it out (now ${countryName(current.country)}, from ${CLOCK_SOURCE_WORDS[current.countryFrom]})`
      : 'Work it out from their card, number or time zone';
  };
  return (
    <Show when={placeIndex()} fallback={<p class="status" role={placeIndexError() ? 'alert' : 'status'}>{placeIndexError() || 'Loading the list of countries…'}</p>}>
      <div class="grid">
        <Field
          label="Their own time zone"
          value={props.person.timeZoneFrom === '' ? '' : props.person.timeZone}
          onInput={setZone}
          error={zoneError()}
          hint={zoneHint()}
          list={TIME_ZONE_LIST_ID}
          autocomplete="off"
        />
        <SelectField
          label="Their own country"
          value={props.person.countryFrom === '' ? '' : props.person.country}
          onChange={setCountry}
          options={[{ value: '', label: countryLabel() }, ...countries()]}
          hint="Follow-ups to them avoid its weekend, public holidays and office closures."
        />
      </div>
    </Show>
  );
}
