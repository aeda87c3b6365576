/** What migration needs from outside, passed in so the readers stay pure. */

/** The zone for records that had none, the clock, and new ids. */
export interface MigrateContext {
  timeZone: string;
  now: Date;
  newId: () => string;
}
