/**
 * The shape of one country in `date-holidays`' data (`holidays.json`), for
 * the countries and corrections Nudge adds in the same format: names, time
 * zones and `days`, each keyed by a rule (`1 Shawwal P3D`, `2nd tuesday in
 * February`) and naming the holiday itself or by a shared name (`_name`).
 * Imports nothing.
 */

/** One holiday rule's value: its name, or a shared name's key, and its type (`public` when not given). */
export interface DayRule {
  _name?: string;
  name?: Readonly<Record<string, string>>;
  type?: 'public' | 'bank' | 'observance' | 'optional' | 'school';
}

/** One country as `date-holidays` stores it. A rule set to `false` removes that rule. */
export interface PlaceRules {
  names: Readonly<Record<string, string>>;
  langs?: readonly string[];
  zones: readonly string[];
  days: Readonly<Record<string, DayRule | false>>;
}
