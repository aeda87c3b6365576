import { createMemo, createSignal, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { followUpRecipients } from '../../domain/records/contacts';
import { interviewLabel } from '../../domain/records/interview-label';
import type { Interview } from '../../domain/records/model';
import { agendaLine, namesText } from '../../domain/schedule/agenda-line';
import type { DueItem } from '../../domain/schedule/interview-overview';
import { personDayOf } from '../../domain/schedule/person-day';
import type { FollowUp } from '../../domain/schedule/schedule';
import { interviewStart } from '../../domain/schedule/send-time';
import { browserTimeZone } from '../browser';
import { clockFor, recipientHolidays } from '../holidays';
import { editInterview, planner } from '../store';
import { openTool, setFollowUpStatus } from '../store-notices';
import { Field } from './Field';
import { MoveForm } from './MoveForm';

/** What a follow-up is, in a few words: "Thank-you email", "Check-in 2: a short call". */
export function whatToDo(followUp: FollowUp): string {
  if (followUp.kind === 'thank-you') return 'Thank-you email';
  if (followUp.kind === 'closing') return 'Closing note';
  return `Check-in ${followUp.number}: ${followUp.channel === 'call' ? 'a short call' : 'an email'}`;
}

const PILLS = { overdue: 'Overdue', today: 'Due today', upcoming: '' } as const;

/**
 * One agenda item: its sentence (`domain/schedule/agenda-line.ts`), "Send
 * now" when it can go now, and what to do about it right there: write the
 * email or open the call script, mark it done, skip it, move it (typed on
 * either clock), or note the date they gave ("They said: by …").
 */
export function AgendaItem(props: { item: DueItem; interview: Interview; now: Date; onLeave: (what: string) => void }) {
  const [open, setOpen] = createSignal<'' | 'move' | 'said'>('');
  const [saidBy, setSaidBy] = createSignal('');
  const followUp = () => props.item.followUp;
  const label = () => interviewLabel(props.interview);
  const line = createMemo(() => {
    // Timed, named and "Send now" on the clock and calendar of whoever it goes to, as the schedule is.
    const interview = props.interview;
    const clock = clockFor(interview);
    const loaded = recipientHolidays(interview);
    if (!clock || !loaded) return undefined;
    return agendaLine({
      followUp: followUp(),
      recipient: {
        name: namesText(followUpRecipients(interview).map((person) => person.name)),
        timeZone: clock.timeZone,
        workdayStart: clock.workdayStart,
        workdayEnd: clock.workdayEnd,
        holidays: loaded.calendar,
      },
      person: personDayOf(planner.profile, browserTimeZone()),
      interviewStart: interviewStart(interview),
      now: props.now,
    });
  });
  const stored = () => ({ ...(unwrap(props.interview.followUps[followUp().id]) ?? { saidBy: '' }) });
  // Said before the change: the item leaves the agenda with it.
  const mark = (status: 'done' | 'skipped', what: string) => {
    const { interview, item } = props;
    props.onLeave(what);
    setFollowUpStatus(interview.id, item.followUp.id, status);
  };
  const saidError = () => {
    if (saidBy() === '') return undefined;
    return saidBy() <= followUp().dueWallTime.date ? 'Use a date after this check-in: the next one waits until the day after it.' : undefined;
  };
  const saveSaid = () => {
    if (saidBy() === '' || saidError()) return;
    const { interview, item } = props;
    const state = { ...stored(), status: 'done' as const, saidBy: saidBy() };
    props.onLeave(`Marked done, they said by ${saidBy()}`);
    editInterview(interview.id, ['followUps', item.followUp.id], state);
  };
  // Repeated on every item, so each control names its follow-up for screen readers.
  const which = () => <span class="visually-hidden"> ({whatToDo(followUp())}, {label()})</span>;
  return (
    <li class="agenda-item">
      <p>
        <Show when={PILLS[props.item.due]}>
          <span class={`pill ${props.item.due}`}>{PILLS[props.item.due]}</span>{' '}
        </Show>
        <Show when={line()} fallback={<span class="hint">Checking their working days…</span>}>
          <strong class="agenda-line">{line()!.sentence}</strong>
        </Show>
        <br />
        <span class="hint">
          {whatToDo(followUp())} · <span class="user-text">{label().length > 120 ? `${label().slice(0, 120)}…` : label()}</span>
        </span>
      </p>
      <Show when={line()?.sendNow}>
        <p class="send-now">{line()!.sendNow}</p>
      </Show>
      <div class="actions">
        <Show
          when={followUp().channel === 'email'}
          fallback={
            <button type="button" class="secondary" onClick={() => openTool(props.interview.id, 'call')}>
              Open the call script{which()}
            </button>
          }
        >
          <button type="button" class={line()?.sendNow ? undefined : 'secondary'} onClick={() => openTool(props.interview.id, 'emails', followUp().kind)}>
            Write the email{which()}
          </button>
        </Show>
        <button type="button" class="quiet" onClick={() => mark('done', 'Marked done')}>
          Mark done{which()}
        </button>
        <button type="button" class="quiet" onClick={() => mark('skipped', 'Skipped')}>
          Skip{which()}
        </button>
        <button type="button" class="quiet" aria-expanded={open() === 'move'} onClick={() => setOpen(open() === 'move' ? '' : 'move')}>
          Move{which()}
        </button>
        <Show when={followUp().kind === 'check-in'}>
          <button type="button" class="quiet" aria-expanded={open() === 'said'} onClick={() => setOpen(open() === 'said' ? '' : 'said')}>
            They said: by …{which()}
          </button>
        </Show>
      </div>
      <Show when={open() === 'move'}>
        <MoveForm
          due={followUp().due}
          theirZone={props.interview.timeZone}
          which={`${whatToDo(followUp())}, ${label()}`}
          onSave={(movedTo) => {
            editInterview(props.interview.id, ['followUps', followUp().id], { ...stored(), status: 'pending', movedTo });
            setOpen('');
          }}
          onCancel={() => setOpen('')}
        />
      </Show>
      <Show when={open() === 'said'}>
        <div class="stack">
          <Field
            label="They said: by"
            type="date"
            value={saidBy()}
            onInput={setSaidBy}
            error={saidError()}
            hint="If you heard from them and they gave a date: this check-in is done, and the next waits for the first working day after it."
          />
          <div class="actions">
            <button type="button" onClick={saveSaid}>
              Save{which()}
            </button>
            <button type="button" class="quiet" onClick={() => setOpen('')}>
              Cancel
            </button>
          </div>
        </div>
      </Show>
    </li>
  );
}
