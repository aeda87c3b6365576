/**
 * `date-holidays`' data with what Nudge adds in its own rule format: the
 * countries it does not cover (Kuwait, Qatar, Oman, Jordan, Iraq, Yemen,
 * Syria, Lebanon, the Maldives), each in a file of its own with its source,
 * and corrections to some it does (`corrections.ts`). The build cuts the
 * result into one module per country (`src/integrations/holiday-data.ts`),
 * so an added country costs a planner nothing until its interviewer is there.
 */
import { CORRECTIONS } from './corrections.ts';
import { IQ } from './iq.ts';
import { JO } from './jo.ts';
import { KW } from './kw.ts';
import { LB } from './lb.ts';
import { MV } from './mv.ts';
import { OM } from './om.ts';
import type { PlaceRules } from './place-rules.ts';
import { QA } from './qa.ts';
import { SY } from './sy.ts';
import { YE } from './ye.ts';

/** The countries Nudge adds, by ISO 3166 code. */
export const ADDED_COUNTRIES: Readonly<Record<string, PlaceRules>> = { IQ, JO, KW, LB, MV, OM, QA, SY, YE };

/** The part of `holidays.json` this reads and writes. */
interface HolidayFile {
  holidays: Record<string, object>;
}

/**
 * `data` with the added countries and the corrections; `data` itself is not changed.
 *
 * @example Object.keys(withAddedHolidays(data).holidays).includes('KW') //=> true
 */
export function withAddedHolidays<T extends HolidayFile>(data: T): T {
  const holidays: Record<string, object> = { ...data.holidays };
  for (const [code, place] of Object.entries(ADDED_COUNTRIES)) {
    if (holidays[code] === undefined) holidays[code] = place;
  }
  for (const [code, correction] of Object.entries(CORRECTIONS)) {
    const place = holidays[code] as { zones?: readonly string[]; days?: Record<string, unknown> } | undefined;
    if (!place) continue;
    const days = { ...place.days, ...correction.days };
    // `false` removes a rule outright: the parser would otherwise look for it among borrowed rules.
    for (const [rule, value] of Object.entries(days)) if (value === false) delete days[rule];
    holidays[code] = { ...place, ...(correction.zones ? { zones: correction.zones } : {}), days };
  }
  return { ...data, holidays };
}
