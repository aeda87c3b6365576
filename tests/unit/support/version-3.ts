import { createInterview, emptyInterviewer } from '~/domain/records/defaults';
import { readAddedFields } from '~/domain/records/migrate/added-fields';
import { V3_CONTACT_FIELDS, V3_INTERVIEW_FIELDS } from '~/domain/records/migrate/version-3';
import { InterviewerSchema, InterviewSchema } from '~/domain/records/model';

/**
 * A stored interview as this version reads it when nothing in it is damaged:
 * version 3, with every field added in version 3 that it lacks at the value
 * an older record gets (the tables of `records/migrate/version-3.ts`). For
 * expectations about records saved before a field existed.
 *
 * @example withAddedFields({ schemaVersion: 2, interviewers: [{ id: 'a', … }], … }).interviewers[0].timeZoneFrom //=> ''
 */
export function withAddedFields<T extends { id?: unknown; interviewers?: unknown }>(record: T): T {
  const log: string[] = [];
  const raw = record as Record<string, unknown>;
  const fresh = createInterview({ id: String(raw.id ?? ''), interviewerId: '', now: new Date(0), timeZone: 'UTC', today: '2026-01-01' });
  const people = Array.isArray(raw.interviewers) ? (raw.interviewers as Record<string, unknown>[]) : [];
  return {
    ...record,
    schemaVersion: 3,
    ...readAddedFields(raw, V3_INTERVIEW_FIELDS, InterviewSchema.entries, fresh, log),
    interviewers: people.map((person) => ({ ...person, ...readAddedFields(person, V3_CONTACT_FIELDS, InterviewerSchema.entries, emptyInterviewer(''), log) })),
  };
}
