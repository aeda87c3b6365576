import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { nearlyIdenticalPairs } from '../../domain/messages/draft-similarity';
import { checkEmail, judgeKind } from '../../domain/messages/email-checks';
import { draftsForOutcome, EMAIL_KIND_LABELS } from '../../domain/messages/email-kinds';
import { latestHearBackBy } from '../../domain/records/hear-back';
import { noteReader, pointsToOffer } from '../../domain/messages/draft-parts';
import { notesToReword, rewordMessage } from '../../domain/messages/note-reword';
import { findPlaceholders } from '../../domain/messages/placeholders';
import { contactLabel, followUpRecipients, interviewerNames } from '../../domain/records/contacts';
import { boundForMessages, clipText, shortenedMessage } from '../../domain/messages/long-text';
import { draftKey } from '../../domain/records/defaults';
import type { ContactRole, EmailKind, Interview } from '../../domain/records/model';
import { currentDraft, freshDraft, type DraftOptions } from '../drafts';
import { placeOf } from '../holidays';
import { wallDateText, interviewerToday } from '../format';
import { interviewFieldConflict } from '../field-conflict';
import { editInterview, planner } from '../store';
import { DraftChecklist } from './DraftChecklist';
import { EmailActions } from './EmailActions';
import { Field } from './Field';
import { SelectField } from './SelectField';
import { SendTiming } from './SendTiming';

// Says why a draft to someone other than an interviewer reads as it does.
const WORDED_FOR: Partial<Record<ContactRole, Partial<Record<EmailKind, string>>>> = {
  recruiter: {
    'thank-you': 'Worded for a recruiter: it thanks them for putting you forward and asks them to pass your thanks on.',
    'check-in': 'Worded for a recruiter: it asks what they have heard from the employer, and to tell them you are still keen.',
    closing: 'Worded for a recruiter: it thanks them and asks them to keep you in mind for similar roles.',
    'other-offer': 'Worded for a recruiter: it asks them to find out from the employer where you stand.',
    'offer-accept': 'Worded for a recruiter: it asks them to tell the employer and to get the offer to you in writing.',
    'offer-time': 'Worded for a recruiter: it asks them to get the offer in writing and tell the employer when you will answer.',
    'offer-terms': 'Worded for a recruiter: it asks them to put your questions to the employer.',
    feedback: 'Worded for a recruiter: it asks them to pass on any feedback and to keep you in mind.',
    withdraw: 'Worded for a recruiter: it asks them to tell the employer, with your thanks.',
  },
  coordinator: {
    'thank-you': 'Worded for the person who arranged your interview: it asks them to pass your thanks on to the people you met.',
    'check-in': 'Worded for the person who arranged your interview: it names who you met and asks for an updated timeframe.',
  },
};
/** A point offered in the drop-down is shown in part: the draft quotes at most `NOTE_CHARS` of it anyway. */
const OPTION_CHARS = 120;

/**
 * Drafts the thank-you or check-in email for each interviewer, keeps it
 * editable and saved, and checks it as the person types.
 */
export function ComposerPanel(props: {
  interview: Interview;
  /** The email to open on. Default: the one asked for from "This week", else the first of `kinds`. */
  kind?: EmailKind;
  /** The emails to offer, in order. Default: those that fit the interview's outcome (`draftsForOutcome`). */
  kinds?: readonly EmailKind[];
  /** Dates the outcome drafts name, `YYYY-MM-DD` (when you will answer an offer…); a missing one stays a placeholder. */
  dates?: Pick<DraftOptions, 'answerBy' | 'otherOfferDeadline'>;
}) {
  // Opened from "This week" ("Write the email"): start on the email asked for.
  const requested = () => (planner.request?.section === 'emails' && planner.request.interviewId === props.interview.id ? planner.request.kind : undefined);
  const offered = () => props.kinds ?? draftsForOutcome(props.interview.outcome);
  const [kind, setKind] = createSignal<EmailKind>(props.kind ?? requested() ?? offered()[0] ?? 'thank-you');
  // The email asked for is offered even where its outcome would not list it (a check-in asked for after an offer).
  const kinds = () => (offered().includes(kind()) ? offered() : [...offered(), kind()]);
  createEffect(on(() => planner.request, () => requested() && setKind(requested()!), { defer: true }));
  const [recipientId, setRecipientId] = createSignal('');
  const [point, setPoint] = createSignal<string>();
  // Until the person picks someone, the email goes to whoever the follow-ups go to (a recruiter, say).
  const recipient = () =>
    props.interview.interviewers.find((person) => person.id === recipientId()) ?? followUpRecipients(props.interview)[0] ?? props.interview.interviewers[0]!;
  // The greeting follows the custom of the interviewer's country (once the list of places has loaded).
  const options = createMemo((): DraftOptions => ({ ...props.dates, country: placeOf(props.interview)?.country ?? '' }));
  const draft = createMemo(() => currentDraft(props.interview, recipient(), planner.profile, kind(), point(), options()));
  const points = createMemo(() => pointsToOffer(props.interview.notes));
  // Options by position: a point pasted at length would otherwise be copied into the page at every keystroke.
  const pointOptions = createMemo(() => points().map((text, position) => ({ value: String(position), label: clipText(text, OPTION_CHARS).text })));
  // The checks compare the draft with the notes: with the notes as the draft quotes them, a pasted transcript costs nothing per keystroke.
  const quoted = createMemo(() => boundForMessages(props.interview, planner.profile));
  // Judged against the latest date they gave: "They said: by …" on a check-in moves it.
  const hearBackBy = createMemo(() => latestHearBackBy(props.interview));
  const judgedAs = createMemo(() => judgeKind(kind(), draft().body));
  const findings = createMemo(() =>
    checkEmail({
      kind: kind(),
      subject: draft().subject,
      body: draft().body,
      interviewer: recipient(),
      audience: recipient().contactRole,
      profile: planner.profile,
      notes: quoted().interview.notes,
      hearBackBy: hearBackBy(),
      hearBackByText: hearBackBy() ? wallDateText(hearBackBy()) : '',
      today: interviewerToday(props.interview.timeZone),
      metWith: interviewerNames(props.interview),
    }),
  );
  // Notes the draft quotes as typed, for the person to reword (while the marks are still in it).
  const toReword = createMemo(() => rewordMessage(notesToReword(draft().body, noteReader({ interviewer: recipient() }))));
  const nearCopies = createMemo(() => {
    const drafts = props.interview.interviewers.map((person) => ({
      id: person.id,
      name: person.name,
      text: currentDraft(props.interview, person, planner.profile, kind(), undefined, options()).body,
    }));
    return nearlyIdenticalPairs(drafts)
      .filter((pair) => pair.includes(recipient().id))
      .map((pair) => props.interview.interviewers.find((person) => person.id === pair.find((id) => id !== recipient().id))?.name || 'another interviewer');
  });

  const save = (change: { subject?: string; body?: string }) => {
    const { subject, body } = draft();
    editInterview(props.interview.id, ['drafts', draftKey(kind(), recipient().id)], {
      subject,
      body,
      ...change,
      updatedAt: new Date().toISOString(),
    });
  };
  const redraft = () => {
    if (!confirm('Replace your edited email with a fresh draft from your notes?')) return;
    const drafts = { ...unwrap(props.interview.drafts) };
    delete drafts[draftKey(kind(), recipient().id)];
    editInterview(props.interview.id, ['drafts'], drafts);
  };
  const choosePoint = (value: string) => {
    setPoint(value);
    // An edited draft keeps its text; the person can redraft to use the new point.
    if (!draft().edited) return;
    const fresh = freshDraft(props.interview, recipient(), planner.profile, kind(), value, options());
    if (confirm('Redraft the email around this point? Your edits to it will be replaced.')) save({ subject: fresh.subject, body: fresh.body });
  };
  let editor: HTMLDivElement | undefined;
  // Back to the draft with the first placeholder selected, so typing replaces it.
  const keepEditing = () => {
    const area = editor?.querySelector('textarea');
    if (!area) return;
    area.focus();
    const first = findPlaceholders(area.value)[0];
    const at = first === undefined ? -1 : area.value.indexOf(first);
    if (at >= 0) area.setSelectionRange(at, at + first!.length);
  };

  return (
    <div class="stack">
      <fieldset class="choice-row">
        <legend class="label">Which email</legend>
        <For each={kinds()}>
          {(value) => (
            <label class="check">
              <input type="radio" name={`kind-${props.interview.id}`} checked={kind() === value} onChange={() => setKind(value)} />
              <span>{EMAIL_KIND_LABELS[value]}</span>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={props.interview.interviewers.length > 1}>
        <SelectField
          label="Write to"
          value={recipient().id}
          onChange={setRecipientId}
          options={props.interview.interviewers.map((person, index) => ({ value: person.id, label: contactLabel(person, index) }))}
          hint="One email each: interviewers compare notes, so make each one personal."
        />
      </Show>
      <Show when={WORDED_FOR[recipient().contactRole]?.[kind()]}>{(text) => <p class="hint">{text()}</p>}</Show>
      <Show when={points().length > 0}>
        <SelectField
          label="Point to mention"
          value={String(Math.max(0, points().indexOf(point() ?? '')))}
          onChange={(position) => choosePoint(points()[Number(position)] ?? '')}
          options={pointOptions()}
          hint="From your notes: one specific thing you discussed."
        />
      </Show>
      {/* Only the follow-ups in the schedule have a time to send; the replies to an outcome go when the person is ready. */}
      <Show when={kind() === 'thank-you' || kind() === 'check-in' || kind() === 'closing'}>
        <SendTiming interview={props.interview} kind={kind()} />
      </Show>
      <div class="composer">
        <div class="stack" ref={editor}>
          <Field label="Subject" value={draft().subject} onInput={(subject) => save({ subject })} />
          <Field
            label="Email"
            multiline
            rows={14}
            value={draft().body}
            onInput={(body) => save({ body })}
            conflict={interviewFieldConflict(props.interview.id, ['drafts', draftKey(kind(), recipient().id)])}
          />
          <p class="hint">
            {draft().edited ? 'Your edited draft, saved as you type.' : 'Drafted from your interview and notes. Edit anything: your version is saved.'}
          </p>
          <Show when={draft().shortened.length > 0}>
            <p class="status warn" role="status">
              {shortenedMessage(draft().shortened, 'this draft')}
            </p>
          </Show>
          <Show when={toReword()}>
            <p class="status warn" role="status">
              {toReword()}
            </p>
          </Show>
          <Show when={nearCopies().length > 0}>
            <p class="notice" role="status">
              This email is nearly the same as the one to {nearCopies().join(' and ')}. Make each one personal: mention something you
              discussed with that person.
            </p>
          </Show>
          <EmailActions to={recipient().email} subject={draft().subject} body={draft().body} onKeepEditing={keepEditing} />
          <Show when={draft().edited}>
            <button type="button" class="quiet" onClick={redraft}>
              Start again from a fresh draft
            </button>
          </Show>
        </div>
        <DraftChecklist
          findings={findings()}
          note={judgedAs() !== kind() ? `Checked as “${EMAIL_KIND_LABELS[judgedAs()]}”: another offer's deadline is the one reason to write before the date they gave.` : undefined}
        />
      </div>
    </div>
  );
}
