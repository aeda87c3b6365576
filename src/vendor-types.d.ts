// date-holidays-parser ships types its package.json "exports" hide from TypeScript; point at them.
/// <reference path="../node_modules/date-holidays-parser/types/index.d.ts" />

// The whole data file of date-holidays, read only at build time (src/integrations/holiday-data.ts).
declare module 'date-holidays/data' {
  export const data: object;
}
