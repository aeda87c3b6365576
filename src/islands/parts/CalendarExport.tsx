import { createMemo, createSignal, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { isShortenedEvent, upcomingEvents } from '../../domain/calendar/follow-up-events';
import { shortenedMessage } from '../../domain/messages/long-text';
import { buildInterviewCalendar } from '../../domain/calendar/interview-calendar';
import type { Interview } from '../../domain/records/model';
import type { FollowUp } from '../../domain/schedule/schedule';
import { isExportable, validateInterview } from '../../domain/records/validate/interview';
import { downloadText } from '../download';
import { eventTexts } from '../event-texts';
import { interviewerToday } from '../format';
import { editInterview, planner, saveNow } from '../store';

/** "Download calendar (.ics)": every follow-up still to do, in one file for any calendar app. */
export function CalendarExport(props: { interview: Interview; schedule: FollowUp[] }) {
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const blocked = createMemo(() => {
    const check = isExportable(props.interview, validateInterview(props.interview, { today: interviewerToday(props.interview.timeZone) }));
    if (!check.ok) return check.reason;
    if (!props.schedule.some((followUp) => followUp.status === 'pending' && followUp.due.getTime() >= Date.now())) {
      return 'There are no follow-ups still to do, so there is nothing to add to a calendar.';
    }
    return '';
  });
  const download = async () => {
    if (busy()) return;
    setBusy(true);
    setMessage('Preparing your calendar…');
    const interview = unwrap(props.interview);
    const now = new Date();
    const texts = eventTexts(interview, unwrap(planner.profile));
    const events = upcomingEvents(interview, props.schedule, texts, now);
    const result = await buildInterviewCalendar(interview, events, now);
    setBusy(false);
    if (!result.ok) return setMessage(result.error);
    downloadText(result.text, result.fileName, 'text/calendar;charset=utf-8');
    editInterview(interview.id, ['calendar'], result.stamps);
    void saveNow();
    const cut = texts.shortened.length > 0 ? ` ${shortenedMessage(texts.shortened, 'each event')}` : events.some(isShortenedEvent) ? ' Some details are long, so the events show only their start; everything is still in the planner.' : '';
    setMessage(`Downloaded ${result.fileName} with ${result.count} follow-ups. Open it to add them to your calendar; downloading again later updates them.${cut}`);
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
        <Show when={blocked()} fallback="Works with Apple Calendar, Google Calendar and Outlook. Each event's title says what to do.">
          {blocked()}
        </Show>
      </p>
      <p class="status ok" role="status" aria-live="polite">
        {message()}
      </p>
    </div>
  );
}
