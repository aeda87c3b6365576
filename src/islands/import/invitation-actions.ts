/**
 * The invitation panel's state and what its buttons do: read the file, pick
 * an event, fill the interview, undo. Loaded with the panel, once a file is
 * given; the reader itself (ical.js, the Windows zone table) is a chunk of its
 * own, fetched here.
 */
import { batch } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { textFileSizeProblem, textFromBytes } from '../../domain/calendar/file-text';
import { applyInvitation, filledItems, isBlankInterview, joinList, proposeFill, type FillChoices, type InvitationProposal } from '../../domain/calendar/invitation/invitation-fill';
import { applyInvitationUpdate, matchInvitation, type InvitationMatch } from '../../domain/calendar/invitation/invitation-update';
import type { InvitationEvent } from '../../domain/calendar/invitation/read-invitation';
import { createInterview } from '../../domain/records/defaults';
import type { Interview } from '../../domain/records/model';
import { browserTimeZone, browserToday, newId } from '../browser';
import { goTo } from '../planner-route';
import { insertInterview, planner, removeInterview, replaceInterview, selectedInterview, selectInterview } from '../store';

/** What the panel shows. */
export interface InvitationPanelState {
  busy: boolean;
  /** Why the file was refused; '' when it was not. */
  error: string;
  fileName: string;
  /** Notes about the whole file (events left out). */
  fileNotes: string[];
  /** The events to pick from, when the file has several. */
  events: InvitationEvent[];
  proposal?: InvitationProposal;
  choices: FillChoices;
  /** "Filled from the invitation: …", or what undo did; '' before. */
  done: string;
  canUndo: boolean;
}

const blank = (): InvitationPanelState => ({ busy: false, error: '', fileName: '', fileNotes: [], events: [], choices: { interviewers: [], company: false, role: false }, done: '', canUndo: false });

const [state, setState] = createStore<InvitationPanelState>(blank());

/** The panel's state, read-only for views. */
export const invitationPanel = state;

// Kept out of the store: the record to put back, as it was, and the one the invitation made
// (to tell whether the person has changed it since).
let undo: ({ kind: 'remove'; id: string } | { kind: 'restore'; interview: Interview }) & { filled: Interview } | undefined;
// The file being read: a second file given before the first is read wins.
let reading = 0;

/** An interview's content, for telling whether it changed (its edit time aside). */
const content = (interview: Interview) => JSON.stringify({ ...interview, updatedAt: '' });

/** Checks and reads a chosen or dropped file; shows its events, or its one event's preview. Saves nothing. */
export async function readInvitationFile(file: File): Promise<void> {
  const mine = ++reading;
  undo = undefined;
  setState({ ...blank(), busy: true, fileName: file.name });
  const problem = textFileSizeProblem(file.size, 'an invitation');
  if (problem) return refuse(`${problem} Nothing was changed.`);
  try {
    const text = textFromBytes(new Uint8Array(await file.arrayBuffer()));
    const { readInvitation } = await import('../../domain/calendar/invitation/read-invitation');
    const result = readInvitation(text, { fallbackZone: browserTimeZone(), now: new Date() });
    if (mine !== reading) return;
    if (!result.ok) return refuse(result.reason);
    // A cancellation, or an update of an interview read before (same UID): it changes that interview.
    const saved = unwrap(planner.interviews);
    const updates = [...result.cancelled, ...result.events].map((event) => matchInvitation(event, saved)).filter((match) => match.kind !== 'new');
    if (updates.length > 0 && (result.events.length <= 1 || result.events.length === updates.length)) return applyMatch(updates[0]!);
    if (result.events.length === 0) return refuse('This file cancels an event that is not one of your saved interviews, so there is nothing to change. Nothing was changed.');
    batch(() => {
      setState({ busy: false, fileNotes: result.notes, events: result.events });
      if (result.events.length === 1) pickEvent(result.events[0]!.key);
    });
  } catch (error) {
    if (mine === reading) refuse(`Nudge could not read this file (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`);
  }
}

function refuse(reason: string) {
  setState({ busy: false, error: reason });
}

/** Applies an update or cancellation of a saved interview (or says why not), with Undo. */
function applyMatch(match: Exclude<InvitationMatch, { kind: 'new' }>): void {
  if (match.kind === 'refused') return refuse(match.reason);
  selectInterview(match.interview.id);
  if (match.kind === 'same' || match.kind === 'older') return setState({ busy: false, done: match.message, canUndo: false });
  const before = structuredClone(unwrap(match.interview));
  const after = applyInvitationUpdate(before, match, new Date());
  undo = { kind: 'restore', interview: before, filled: after };
  replaceInterview(after);
  setState({ busy: false, done: match.message, canUndo: true });
}

/** Shows what one event of the file would fill. */
export function pickEvent(key: string): void {
  const event = state.events.find((item) => item.key === key);
  if (!event) return;
  const proposal = proposeFill(unwrap(event), { email: planner.profile.email, name: planner.profile.name });
  setState({ proposal, choices: { interviewers: proposal.interviewers.map((person) => person.keep), company: false, role: false } });
}

/** Back to the list of events (a file with several). */
export function backToEvents(): void {
  setState({ proposal: undefined });
}

/** Ticks or unticks one of the preview's choices. */
export function choose(choice: 'company' | 'role' | number, value: boolean): void {
  if (typeof choice === 'number') setState('choices', 'interviewers', (list) => list.map((kept, index) => (index === choice ? value : kept)));
  else setState('choices', choice, value);
}

/**
 * Fills the open interview when it is still blank, else a new one, and says
 * what was filled. Returns nothing; the panel shows the message and Undo.
 */
export function fillFromInvitation(): void {
  const proposal = state.proposal && unwrap(state.proposal);
  if (!proposal) return;
  const choices = unwrap(state.choices);
  const current = selectedInterview();
  const now = new Date();
  const target =
    current && isBlankInterview(current)
      ? unwrap(current)
      : createInterview({ id: newId(), interviewerId: newId(), now, timeZone: browserTimeZone(), today: browserToday(now) });
  const filled = applyInvitation(target, proposal, choices, newId);
  if (target === current || (current && target.id === current.id)) {
    undo = { kind: 'restore', interview: structuredClone(target), filled };
    replaceInterview(filled);
  } else {
    undo = { kind: 'remove', id: filled.id, filled };
    insertInterview(filled);
  }
  // The interview it filled, at its details, to check them.
  goTo({ interviewId: filled.id, step: 'details' });
  const suggestionsLeft = [!choices.company && proposal.company ? 'company' : '', !choices.role && proposal.role ? 'role' : ''].filter(Boolean);
  const check = suggestionsLeft.length > 0 ? ` The suggested ${joinList(suggestionsLeft)} ${suggestionsLeft.length === 1 ? 'was' : 'were'} not used.` : '';
  setState({ proposal: undefined, events: [], done: `Filled from the invitation: ${joinList(filledItems(proposal, choices))}.${check} Check them below.`, canUndo: true });
}

/** Puts the interview back as it was before the invitation filled it. */
export function undoInvitation(): void {
  const last = undo;
  if (!last) return;
  const now = planner.interviews.find((item) => item.id === last.filled.id);
  const changed = now !== undefined && content(unwrap(now)) !== content(last.filled);
  if (changed && !confirm('You have changed this interview since the invitation filled it. Undo puts it back as it was before, and those changes go too. Undo anyway?')) return;
  undo = undefined;
  if (last.kind === 'remove') {
    removeInterview(last.id);
    goTo({}, { replace: true });
    setState({ done: 'Undone: the interview made from the invitation was removed.', canUndo: false });
  } else {
    if (planner.interviews.some((item) => item.id === last.interview.id)) {
      replaceInterview(last.interview);
      selectInterview(last.interview.id);
    }
    setState({ done: 'Undone: the interview is back as it was before this invitation.', canUndo: false });
  }
}

/** Clears the panel (the view closes it), filling nothing more. */
export function closeInvitationPanel(): void {
  undo = undefined;
  setState(blank());
}
