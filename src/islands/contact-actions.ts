/**
 * Store actions on an interview's contacts. Kept apart from `store.ts` because only the
 * interview form uses them, which loads after the first visit; the planner's first screen
 * (budget 25 KB) carries the store but not these.
 */
import { unwrap } from 'solid-js/store';
import { emptyInterviewer } from '../domain/records/defaults';
import type { Interviewer } from '../domain/records/model';
import { newId } from './browser';
import { editInterview, planner } from './store';

/** Adds a blank contact card to an interview: someone who interviewed you, unless `contactRole` says otherwise. */
export function addInterviewer(id: string, contactRole: Interviewer['contactRole'] = 'interviewer'): void {
  const interview = planner.interviews.find((item) => item.id === id);
  if (interview) editInterview(id, ['interviewers'], [...unwrap(interview.interviewers), emptyInterviewer(newId(), contactRole)]);
}

/**
 * Removes one contact; the last one stays (an interview always has a card to
 * fill in). If the follow-ups went to that contact, they go back to the
 * interviewers, and this returns true so the view can say so.
 */
export function removeInterviewer(id: string, interviewerId: string): boolean {
  const interview = planner.interviews.find((item) => item.id === id);
  if (!interview || interview.interviewers.length < 2) return false;
  editInterview(id, ['interviewers'], unwrap(interview.interviewers).filter((person) => person.id !== interviewerId));
  if (interview.followUpsTo !== interviewerId) return false;
  editInterview(id, ['followUpsTo'], '');
  return true;
}
