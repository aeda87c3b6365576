import { createMemo, Show } from 'solid-js';
import type { Interview } from '../../domain/records/model';
import { placeIndex, placeIndexError, placeOf } from '../holidays';
import { editInterview } from '../store';
import { SelectField } from './SelectField';

/**
 * "Interviewer country" (and "Region" where its public holidays differ by
 * region): whose public holidays the follow-ups avoid. Until the person
 * chooses, it follows the interviewer's time zone, and says so.
 */
export function CountryField(props: { interview: Interview }) {
  const place = () => placeOf(props.interview);
  const countries = createMemo(() =>
    Object.entries(placeIndex()?.countries ?? {})
      .map(([value, entry]) => ({ value, label: entry.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  );
  const regions = createMemo(() => {
    const country = place()?.country ?? '';
    const entry = placeIndex()?.countries[country];
    if (!entry || Object.keys(entry.regions).length === 0) return [];
    const options = Object.entries(entry.regions)
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    return [{ value: '', label: `All of ${entry.name} (nationwide holidays only)` }, ...options];
  });
  const fromZoneLabel = () => {
    const current = place();
    const name = current?.fromZone && current.country ? (placeIndex()?.countries[current.country]?.name ?? '') : '';
    return name ? `From their time zone: ${name}` : 'From their time zone (no country found)';
  };
  const setCountry = (value: string) => {
    editInterview(props.interview.id, ['interviewerCountry'], value);
    editInterview(props.interview.id, ['interviewerRegion'], '');
  };
  const setRegion = (value: string) => {
    // A region chosen while the country followed the zone fixes the country too.
    editInterview(props.interview.id, ['interviewerCountry'], place()?.country ?? '');
    editInterview(props.interview.id, ['interviewerRegion'], value);
  };
  return (
    <Show
      when={placeIndex()}
      fallback={<p class="status" role={placeIndexError() ? 'alert' : 'status'}>{placeIndexError() || 'Loading the list of countries…'}</p>}
    >
      <SelectField
        label="Interviewer country"
        value={place()?.fromZone ? '' : (place()?.country ?? '')}
        onChange={setCountry}
        options={[{ value: '', label: fromZoneLabel() }, ...countries()]}
        hint="Follow-ups avoid its public holidays and weekend."
      />
      <Show when={regions().length > 0}>
        <SelectField
          label="Region"
          value={place()?.region ?? ''}
          onChange={setRegion}
          options={regions()}
          hint="Public holidays differ by region here: choose where they work."
        />
      </Show>
    </Show>
  );
}
