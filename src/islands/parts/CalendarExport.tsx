import { createMemo, createSignal, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { endedFollowUps, isShortenedEvent, upcomingEvents } from '../../domain/calendar/follow-up-events';
import { shortenedMessage } from '../../domain/messages/long-text';
import { offerReminder } from '../../domain/calendar/offer-reminder';
import { buildInterviewCalendar } from '../../domain/calendar/interview-calendar';
import type { Interview } from '../../domain/records/model';
import { followUpsStopped, type FollowUp } from '../../domain/schedule/schedule';
import { isExportable, validateInterview } from '../../domain/records/validate/interview';
import { browserTimeZone } from '../browser';
import { downloadText } from '../download';
import { eventTexts } from '../event-texts';
import { interviewerToday } from '../format';
import { editInterview, planner, saveNow } from '../store';

/**
 * "Download calendar (.ics)": every follow-up still to do, in one file for any
 * calendar app, and a cancellation for each reminder downloaded before that is
 * no longer to do, so importing the file clears it. Stays enabled after an
 * outcome for exactly that.
 */
export function CalendarExport(props: { interview: Interview; chain: FollowUp[]; ready: boolean }) {
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const exportedBefore = () => Object.keys(props.interview.calendar).length > 0;
  const stopped = () => followUpsStopped(props.interview);
  const blocked = createMemo(() => {
    const check = isExportable(props.interview, validateInterview(props.interview, { today: interviewerToday(props.interview.timeZone) }));
    if (!check.ok) return check.reason;
    if (!props.ready) return 'Checking public holidays…';
    const now = new Date();
    const todo =
      props.chain.some((followUp) => !stopped() && followUp.status === 'pending' && (followUp.kind === 'thank-you' || followUp.due >= now)) ||
      offerReminder(props.interview, browserTimeZone(), now) !== undefined;
    if (!todo && !exportedBefore()) return 'There are no follow-ups still to do, so there is nothing to add to a calendar.';
    return '';
  });
  const hint = () =>
    stopped() && exportedBefore()
      ? 'You have recorded an outcome: download the calendar again and open it to clear the reminders you added before.'
      : "Works with Apple Calendar, Google Calendar and Outlook. Each event's title says what to do; downloading again later updates them and clears any you skipped.";
  const download = async () => {
    if (busy()) return;
    setBusy(true);
    setMessage('Preparing your calendar…');
    const interview = unwrap(props.interview);
    const now = new Date();
    const zone = browserTimeZone();
    const texts = eventTexts(interview, unwrap(planner.profile));
    // After an offer, the day before the answer is due, on the person's clock.
    const reminder = offerReminder(interview, zone, now, texts.plannerUrl);
    const upcoming = [...upcomingEvents(interview, props.chain, texts, now, zone), ...(reminder ? [reminder] : [])];
    const ended = endedFollowUps(interview, props.chain, texts, now, zone);
    const result = await buildInterviewCalendar(interview, upcoming, ended, now);
    setBusy(false);
    if (!result.ok) return setMessage(result.error);
    downloadText(result.text, result.fileName, 'text/calendar;charset=utf-8');
    editInterview(interview.id, ['calendar'], result.stamps);
    void saveNow();
    const what = [
      result.count > 0 ? `${result.count} follow-up${result.count === 1 ? '' : 's'}` : '',
      result.cancelled > 0 ? `${result.cancelled} cancelled reminder${result.cancelled === 1 ? '' : 's'} to clear` : '',
    ].filter(Boolean);
    const cut =
      texts.shortened.length > 0
        ? ` ${shortenedMessage(texts.shortened, 'each event')}`
        : upcoming.some(isShortenedEvent)
          ? ' Some details are long, so the events show only their start; everything is still in the planner.'
          : '';
    setMessage(`Downloaded ${result.fileName} with ${what.join(' and ')}. Open it to update your calendar; downloading again later updates it.${cut}`);
  };
  return (
    <div class="stack">
      <div class="actions">
        {/* Busy is aria-disabled, not disabled: disabling the focused button would drop keyboard focus to the page. */}
        <button
          type="button"
          onClick={download}
          disabled={blocked() !== ''}
          aria-disabled={busy() ? 'true' : undefined}
          aria-describedby={`export-${props.interview.id}`}
        >
          Download calendar (.ics)
        </button>
      </div>
      <p class="hint" id={`export-${props.interview.id}`}>
        <Show when={blocked()} fallback={hint()}>
          {blocked()}
        </Show>
      </p>
      <p class="status ok" role="status" aria-live="polite">
        {message()}
      </p>
    </div>
  );
}
