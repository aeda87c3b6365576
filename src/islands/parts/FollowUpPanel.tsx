import { createEffect, createMemo, Index, Show } from 'solid-js';
import { CHECK_IN_AFTER_WEEKS, CHECK_IN_LIMIT_RANGE, DEFAULT_CHECK_IN_LIMIT } from '../../domain/records/constants';
import { CHANNELS } from '../../domain/records/choices';
import type { Channel, Interview } from '../../domain/records/model';
import { unknownHolidaysNote } from '../../domain/schedule/holiday-calendar';
import { STEP_DAYS } from '../../domain/schedule/follow-up-date';
import { recipientClockNote } from '../../domain/schedule/recipient-clock';
import { buildChain, followUpsStopped } from '../../domain/schedule/schedule';
import { isValidDate, isValidTimeZone } from '../../domain/records/validate/fields';
import { withBase } from '../../utils/url';
import { addressOf, plannerRoute } from '../planner-route';
import { eventTexts } from '../event-texts';
import { clockFor, recipientHolidays, scheduleContext } from '../holidays';
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
        not a real date, so no follow-ups are planned. Fix it under <a href={addressOf(props.interview.id, 'details')}>Details</a>.
      </p>
    </Show>
  );
}

/** The follow-up schedule: the dates, how many check-ins, and the calendar download. */
export function FollowUpPanel(props: { interview: Interview }) {
  const ready = () => isValidDate(props.interview.date) && isValidTimeZone(props.interview.timeZone);
  const context = createMemo(() => (ready() ? scheduleContext(props.interview, planner.profile) : undefined));
  // The whole chain, outcome or not: the calendar cancels what an outcome ended; the list shows what is left.
  const chain = createMemo(() => {
    const ctx = context();
    return ctx ? buildChain(props.interview, ctx) : [];
  });
  const schedule = () => (followUpsStopped(props.interview) ? chain().filter((item) => item.status !== 'pending') : chain());
  // The holidays of whoever the follow-ups go to (a recruiter in another country, say).
  const holidays = () => (ready() ? recipientHolidays(props.interview) : undefined);
  const holidayProblem = () => {
    const loaded = holidays();
    return loaded && !loaded.ok ? loaded.error : '';
  };
  // Where Nudge knows no public holidays for the place, it says so beside the dates.
  const holidaysUnknown = () => {
    const loaded = holidays();
    return loaded?.ok ? unknownHolidaysNote(loaded.calendar, clockFor(props.interview)?.timeZone ?? props.interview.timeZone) : '';
  };
  // Whose clock the times are on, where it is not the interview's.
  const clock = () => (ready() ? clockFor(props.interview) : undefined);
  const whoseClock = () => {
    const current = clock();
    return current ? recipientClockNote(current, props.interview.timeZone, holidays()?.calendar.placeName ?? '') : '';
  };
  const whose = () => {
    const current = clock();
    return current && !current.sameAsInterview && current.name ? `${current.name}’s` : undefined;
  };
  // Drafted once for every item's "Add to Google Calendar" link, not once per item.
  const texts = createMemo(() => eventTexts(props.interview, planner.profile));
  const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => String(index + min));
  // Opened from a calendar event's link: straight to its follow-up, under the sticky bar, once it shows.
  createEffect(() => {
    const wanted = plannerRoute().followUpId;
    if (!wanted || schedule().length === 0) return;
    const item = document.getElementById(`follow-up-${wanted}`);
    if (!item || item.dataset.arrived) return;
    item.dataset.arrived = 'true';
    item.scrollIntoView({ block: 'start' });
    item.focus({ preventScroll: true });
  });
  return (
    <div class="stack">
      <Show when={props.interview.cancelledAt !== ''}>
        <p class="notice" role="status">
          They cancelled this interview (their invitation was withdrawn), so the follow-ups have stopped. Download the calendar again to clear
          their reminders.
        </p>
      </Show>
      {/* Near the top, so the calendar is reachable from the step's top without scrolling. */}
      <CalendarExport interview={props.interview} chain={chain()} ready={context() !== undefined} />
      <Show when={props.interview.cancelledAt === '' && props.interview.outcome !== 'waiting'}>
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
          options={range(CHECK_IN_LIMIT_RANGE.min, CHECK_IN_LIMIT_RANGE.max).map((value) => ({ value, label: value }))}
          hint={`Then a closing note, and no more chasing. Nudge suggests ${DEFAULT_CHECK_IN_LIMIT}.`}
        />
        <SelectField
          label="With no date from them, first check-in after"
          value={String(props.interview.checkInAfterWeeks)}
          onChange={(value) => editInterview(props.interview.id, ['checkInAfterWeeks'], Number(value))}
          options={CHECK_IN_AFTER_WEEKS.map((weeks) => ({ value: String(weeks), label: weeks === 1 ? 'One week' : 'Two weeks' }))}
          hint="Used when they gave no date and you proposed none."
        />
      </div>
      <p class="hint">
        Check in once their date has passed (on it, if you proposed it), then every {STEP_DAYS} days, calls and emails taking turns,
        up to the number you choose; then a closing note. <a href={withBase('/guide/weeks-after/#how-the-schedule-works')}>How the schedule works</a>
      </p>
      <Show when={holidayProblem()}>
        <p class="notice" role="alert">
          {holidayProblem()}
        </p>
      </Show>
      <Show when={ready()} fallback={<NotPlanned interview={props.interview} />}>
        <Show when={context()} fallback={<p class="status" role="status">Checking public holidays…</p>}>
          <Show when={whoseClock()}>
            <p class="hint">{whoseClock()}</p>
          </Show>
          <Show when={holidaysUnknown()}>
            <p class="notice" role="status">
              {holidaysUnknown()}
            </p>
          </Show>
          <ol class="follow-ups">
            {/* Index, not For: the schedule is rebuilt on every edit, and items keep their open "Move" form. */}
            <Index each={schedule()}>{(followUp) => <FollowUpItem interview={props.interview} followUp={followUp()} texts={texts()} whose={whose()} />}</Index>
          </ol>
        </Show>
      </Show>
    </div>
  );
}
