import { createMemo, Show } from 'solid-js';
import type { Interviewer } from '../../domain/records/model';
import { CLOCK_SOURCE_WORDS } from '../../domain/schedule/recipient-clock';
import { zoneCity } from '../../domain/shared/zone-city';
import { contactClockFor, placeIndex, placeIndexError } from '../holidays';
import { editInterview, planner } from '../store';
import { SelectField } from './SelectField';
import { TimeZoneField } from './TimeZoneField';

/**
 * A contact's clock on their card: the time zone and country the follow-ups
 * to them are timed by. Nudge works each out (their card, their number, the
 * invitation, the interview, or your own zone for a recruiter) and says
 * where from; the person can set either, and let Nudge work it out again.
 * The zone field is the planner's own (`TimeZoneField`: cities, countries,
 * IANA names). Folded under a summary of what it is now.
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
    editInterview(props.interviewId, ['interviewers', props.index, 'timeZone'], value);
    editInterview(props.interviewId, ['interviewers', props.index, 'timeZoneFrom'], value === '' ? '' : 'you');
  };
  const setCountry = (value: string) => {
    editInterview(props.interviewId, ['interviewers', props.index, 'country'], value);
    editInterview(props.interviewId, ['interviewers', props.index, 'countryFrom'], value === '' ? '' : 'you');
  };
  const zoneHint = () => {
    const current = clock();
    if (!current) return 'Working out their clock…';
    return `Now ${zoneCity(current.timeZone) || current.timeZone} time, from ${CLOCK_SOURCE_WORDS[current.timeZoneFrom]}.`;
  };
  const countryLabel = () => {
    const current = clock();
    return current?.country && props.person.countryFrom !== 'you'
      ? `Work it out (now ${countryName(current.country)}, from ${CLOCK_SOURCE_WORDS[current.countryFrom]})`
      : 'Work it out from their card, number or time zone';
  };
  const summary = () => {
    const current = clock();
    if (!current) return 'Their clock and calendar';
    const zone = `Their clock: ${zoneCity(current.timeZone) || current.timeZone} time`;
    return current.country ? `${zone}; their calendar: ${countryName(current.country)}` : zone;
  };
  // Folded: most people never change it, and a phone's card stays short; the summary says what it is.
  return (
    <details class="more-details contact-clock">
      <summary>{summary()}</summary>
      <Show when={placeIndex()} fallback={<p class="status" role={placeIndexError() ? 'alert' : 'status'}>{placeIndexError() || 'Loading the list of countries…'}</p>}>
        <div class="grid">
          <div class="stack">
            <TimeZoneField label="Their own time zone" value={clock()?.timeZone ?? props.person.timeZone} onChange={setZone} hint={zoneHint()} />
            <Show when={props.person.timeZoneFrom === 'you'}>
              <button type="button" class="quiet" onClick={() => setZone('')}>
                Let Nudge work out their time zone
              </button>
            </Show>
          </div>
          <SelectField
            label="Their own country"
            value={props.person.countryFrom === '' ? '' : props.person.country}
            onChange={setCountry}
            options={[{ value: '', label: countryLabel() }, ...countries()]}
            hint="Follow-ups to them avoid its weekend, public holidays and office closures."
          />
        </div>
      </Show>
    </details>
  );
}
