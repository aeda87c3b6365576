/**
 * The guide's worked examples, computed at build time with the functions the
 * planner runs: each person's interview record (`domain/examples/`), the
 * public holidays and office closures where their follow-ups land (from
 * `date-holidays` and `office-closures.ts`, as the planner loads them) and
 * the schedule the planner would show them.
 */
import { data as holidayFile } from 'date-holidays/data';
import { AISYAH_DAY, AISYAH_FOLLOW_UP_PLACE, AISYAH_PLANNED_AT, aisyahInterview } from '../../domain/examples/aisyah';
import { PRIYA_DAY, PRIYA_INTERVIEWER_PLACE, PRIYA_PLANNED_AT, priyaInterview } from '../../domain/examples/priya';
import { PRIYA_FINAL_PLANNED_AT, priyaFinalRound } from '../../domain/examples/priya-final-round';
import { priyaOutOfOffice } from '../../domain/examples/priya-out-of-office';
import { SOFIA_DAY, SOFIA_INTERVIEWER_PLACE, SOFIA_PLANNED_AT, sofiaInterview } from '../../domain/examples/sofia';
import type { Interview } from '../../domain/records/model';
import type { HolidayCalendar } from '../../domain/schedule/holiday-calendar';
import { withAddedHolidays } from '../../domain/schedule/holiday-rules/added-holidays';
import { holidayCalendarFromData } from '../../domain/schedule/holidays-from-data';
import type { PersonDay } from '../../domain/schedule/person-day';
import { buildSchedule, type FollowUp } from '../../domain/schedule/schedule';

/** One worked example: the record, the calendar its follow-ups keep to, the person's day and the schedule. */
export interface WorkedExample {
  interview: Interview;
  holidays: HolidayCalendar;
  person: PersonDay;
  /** The schedule as the planner shows it at the moment the person planned it. */
  schedule: FollowUp[];
}

/** `date-holidays`' data with Nudge's added countries and corrections, as the planner loads it. */
const data = withAddedHolidays(holidayFile as { holidays: Record<string, object> });

function worked(interview: Interview, place: { country: string; region: string; placeName: string }, person: PersonDay, now: Date): WorkedExample {
  const holidays = holidayCalendarFromData(data, place);
  return { interview, holidays, person, schedule: buildSchedule(interview, { holidays, person, now }) };
}

/** Every worked example by the name the guide's `<Fact of="…">` uses. */
export const WORKED_EXAMPLES = {
  /** Priya, a direct candidate in London: the guide's main story. */
  priya: worked(priyaInterview(), PRIYA_INTERVIEWER_PLACE, PRIYA_DAY, PRIYA_PLANNED_AT),
  /** Priya's story had Jane's out-of-office answered her second check-in. */
  priyaAway: worked(priyaOutOfOffice(), PRIYA_INTERVIEWER_PLACE, PRIYA_DAY, PRIYA_PLANNED_AT),
  /** Priya's final round, a record of its own. */
  priyaFinal: worked(priyaFinalRound(), PRIYA_INTERVIEWER_PLACE, PRIYA_DAY, PRIYA_FINAL_PLANNED_AT),
  /** Aisyah, in Kuala Lumpur, put forward by a Singapore agency. */
  aisyah: worked(aisyahInterview(), AISYAH_FOLLOW_UP_PLACE, AISYAH_DAY, AISYAH_PLANNED_AT),
  /** Sofia, in Manchester, interviewed from Singapore. */
  sofia: worked(sofiaInterview(), SOFIA_INTERVIEWER_PLACE, SOFIA_DAY, SOFIA_PLANNED_AT),
} as const satisfies Record<string, WorkedExample>;

/** A worked example's name, e.g. `'priya'`. */
export type ExampleName = keyof typeof WORKED_EXAMPLES;

/**
 * One follow-up of a worked example by id.
 *
 * @example followUpOf('priya', 'check-in-1').dueWallTime.date //=> '2026-03-16'
 */
export function followUpOf(name: ExampleName, id: string): FollowUp {
  const found = WORKED_EXAMPLES[name].schedule.find((item) => item.id === id);
  if (!found) throw new Error(`The worked example ${name} has no follow-up ${id}`);
  return found;
}
