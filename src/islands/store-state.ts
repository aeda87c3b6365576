/**
 * The shape of the planner's store (`store.ts`), apart from it so the code that
 * lays a re-read over it (`store-refresh.ts`, loaded later) can name it without
 * importing the store.
 */
import type { EditConflict } from '../domain/records/edit-conflicts';
import type { EmailKind, Interview, Profile } from '../domain/records/model';
import type { Path } from '../domain/records/patch';
import type { Backend } from '../storage/backend';
import type { SetAsideRecord } from '../storage/load-records';
import type { SaveState } from '../storage/save-queue';

export interface PlannerState {
  status: 'loading' | 'ready';
  /** Where records are kept: IndexedDB, or only this tab's memory when IndexedDB failed. */
  backend: Backend['kind'];
  /** What went wrong with storage, in words for the person; '' when all is well. */
  storageProblem: string;
  save: SaveState;
  profile: Profile;
  interviews: Interview[];
  selectedId: string;
  setAside: SetAsideRecord[];
  /** What loading had to change in saved choices, told once to the person. */
  notices: string[];
  /** Fields where another tab's text replaced what this tab had typed (see `records/edit-conflicts.ts`). */
  conflicts: EditConflict[];
  /** Interviews another tab deleted while this one had them open: shown with a notice, no longer saved. */
  deletedElsewhere: string[];
  /** Keys of records a newer version of Nudge saved (`interview:<id>`, `profile`): shown read-only, never written here. */
  readOnly: string[];
  /** What the person asked for ("Write the email" in "This week"): the step opens on it, e.g. the check-in email. */
  request: ToolRequest | undefined;
  /**
   * Rises whenever a field some schedule reads changes in any interview
   * (`schedule/schedule-inputs.ts`), never with typing in text: the list
   * rebuilds schedules only then.
   */
  scheduleRevision: number;
}

/** A part of the open interview the person asked for, from the list or the agenda. */
export interface ToolRequest {
  interviewId: string;
  section: 'emails' | 'call' | 'schedule';
  /** For `emails`: which email to write. */
  kind?: EmailKind;
  /** Tells two requests for the same place apart. */
  serial: number;
}

/**
 * The last value this tab wrote to each field, per record key: when a re-read
 * shows another value there, another tab replaced this tab's text.
 */
export type OwnEdits = Map<string, Map<string, { path: Path; value: unknown }>>;
