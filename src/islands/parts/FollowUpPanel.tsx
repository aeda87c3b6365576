import { createMemo, Index, Show } from 'solid-js';
import { CHANNELS, CHECK_IN_LIMIT_RANGE } from '../../domain/records/constants';
import type { Channel, Interview } from '../../domain/records/model';
import { buildSchedule } from '../../domain/schedule/schedule';
import { isValidDate, isValidTimeZone } from '../../domain/records/validate/fields';
import { withBase } from '../../utils/url';
import { eventTexts } from '../event-texts';
import { editInterview, planner } from '../store';
import { CalendarExport } from './CalendarExport';
import { FollowUpItem } from './FollowUpItem';
import { SelectField } from './SelectField';

const CHANNEL_LABELS: Record<Channel, string> = { call: 'A phone call', email: 'An email' };

/** Why there is no schedule yet; a saved date that does not exist is named, never shown as another day. */
function NotPlanned(props: { interview: Interview }) {
  return (
    <Show
      when={props.interview.date.trim() !== '' && !isValidDate(props.interview.date)}
      fallback={<p class="hint">Add the interview date and the interviewer's time zone to plan the follow-ups.</p>}
    >
      <p class="notice" role="status">
        The interview date is saved as “{props.interview.date.length > 40 ? `${props.interview.date.slice(0, 40)}…` : props.interview.date}”, which is
        not a real date, so no follow-ups are planned. Fix it under <a href="#details">Details</a>.
      </p>
    </Show>
  );
}

/** The follow-up schedule: the dates, how many check-ins, and the calendar download. */
export function FollowUpPanel(props: { interview: Interview }) {
  const schedule = createMemo(() => buildSchedule(props.interview));
  // Drafted once for every item's "Add to Google Calendar" link, not once per item.
  const texts = createMemo(() => eventTexts(props.interview, planner.profile));
  const ready = () => isValidDate(props.interview.date) && isValidTimeZone(props.interview.timeZone);
  const limitOptions = Array.from({ length: CHECK_IN_LIMIT_RANGE.max - CHECK_IN_LIMIT_RANGE.min + 1 }, (_, index) => {
    const value = String(index + CHECK_IN_LIMIT_RANGE.min);
    return { value, label: value };
  });
  return (
    <div class="stack">
      <Show when={props.interview.outcome !== 'waiting'}>
        <p class="notice" role="status">
          You have recorded an outcome, so the follow-ups have stopped. Set the outcome back to "Waiting to hear" to pick them up again.
        </p>
      </Show>
      <div class="grid">
        <SelectField
          label="First check-in"
          value={props.interview.firstCheckIn}
          onChange={(value) => editInterview(props.interview.id, ['firstCheckIn'], value)}
          options={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
          hint="After that, calls and emails take turns."
        />
        <SelectField
          label="Check-ins before a closing note"
          value={String(props.interview.checkInLimit)}
          onChange={(value) => editInterview(props.interview.id, ['checkInLimit'], Number(value))}
          options={limitOptions}
          hint="About every two weeks, until you hear."
        />
      </div>
      <p class="hint">
        Most advice stops after one or two check-ins. Nudge plans up to five by default, because hiring often runs for weeks through several
        stages, and each check-in tells you where things stand. The number is yours to choose.{' '}
        <a href={withBase('/guide/weeks-after/')}>Why this cadence</a>
      </p>
      <Show when={ready()} fallback={<NotPlanned interview={props.interview} />}>
        <ol class="follow-ups">
          {/* Index, not For: the schedule is rebuilt on every edit, and items keep their open "Move" form. */}
          <Index each={schedule()}>{(followUp) => <FollowUpItem interview={props.interview} followUp={followUp()} texts={texts()} />}</Index>
        </ol>
      </Show>
      <CalendarExport interview={props.interview} schedule={schedule()} />
    </div>
  );
}
