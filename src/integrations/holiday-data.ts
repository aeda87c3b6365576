/**
 * Public holidays for the planner, one country at a time. `date-holidays`
 * ships every country's rules in one 800 KB file (about 110 KB gzipped); the
 * schedule needs one country's. This Vite plugin cuts the file at build time
 * into one small module per country (its rules and the holiday names they
 * use, under 4 KB gzipped), and an index of country and region names and of
 * which country each time zone belongs to. `domain/schedule/load-holidays.ts`
 * imports the index and the one country it needs, by dynamic `import()`.
 *
 *   virtual:nudge/holiday-index      { countries, zones, loaders }
 *   virtual:nudge/holiday-data/holidays-SG    Singapore's slice of the data
 */
import { data } from 'date-holidays/data';
import type { Plugin } from 'vite';
import { withAddedHolidays } from '../domain/schedule/holiday-rules/added-holidays.ts';
import { holidayIndex, sliceHolidayData, type FullHolidayData } from './holiday-data-slice.ts';

export const INDEX_ID = 'virtual:nudge/holiday-index';
/** Each country's module is named `holidays-SG`, so its chunk is `_astro/holidays-SG.<hash>.js` (see service-worker.ts). */
export const COUNTRY_PREFIX = 'virtual:nudge/holiday-data/holidays-';

/** The Vite plugin; add it to `vite.plugins` (Astro) and to Vitest's config. */
export default function holidayData(): Plugin {
  // With the countries date-holidays lacks and Nudge's corrections, in its own rule format.
  const full = withAddedHolidays(data as unknown as FullHolidayData);
  return {
    name: 'nudge-holiday-data',
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(COUNTRY_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const index = holidayIndex(full);
        const loaders = Object.keys(index.countries)
          .map((code) => `${JSON.stringify(code)}: () => import(${JSON.stringify(COUNTRY_PREFIX + code)})`)
          .join(',\n');
        return [
          `export const countries = ${JSON.stringify(index.countries)};`,
          `export const zones = ${JSON.stringify(index.zones)};`,
          `export const loaders = {\n${loaders}\n};`,
        ].join('\n');
      }
      if (id.startsWith(`\0${COUNTRY_PREFIX}`)) {
        const code = id.slice(COUNTRY_PREFIX.length + 1);
        return `export default ${JSON.stringify(sliceHolidayData(full, code))};`;
      }
      return undefined;
    },
  };
}
