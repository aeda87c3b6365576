// Modules made at build time by src/integrations/holiday-data.ts.
declare module 'virtual:nudge/holiday-index' {
  export const countries: Record<string, { name: string; regions: Record<string, string> }>;
  export const zones: Record<string, string>;
  export const loaders: Record<string, () => Promise<{ default: object }>>;
}
declare module 'virtual:nudge/holiday-data/*' {
  const data: object;
  export default data;
}
// Made at build time by src/integrations/zone-table.ts.
declare module 'virtual:nudge/zone-table' {
  export const rows: readonly (readonly [string, string, string, string])[];
}
