/**
 * Names people type for a place that neither IANA nor GeoNames' largest
 * cities list: short forms ("UK", "KL", "NYC"), old names still in daily use
 * ("Bangalore", "Bombay", "Saigon") and cities just below a group's four
 * largest. Hand-kept because no maintained source lists nicknames; each
 * target is checked against the zone table by tests/unit/zones/search-zones.test.ts.
 */

/** Where a nickname points: a whole country, or one zone under a city's name. */
export type NicknameTarget = { country: string } | { zone: string };

/** Keys are compared folded (lower case, no accents or punctuation). */
export const PLACE_NICKNAMES: Readonly<Record<string, NicknameTarget>> = {
  uk: { country: 'GB' },
  'u k': { country: 'GB' },
  britain: { country: 'GB' },
  'great britain': { country: 'GB' },
  england: { country: 'GB' },
  scotland: { country: 'GB' },
  wales: { country: 'GB' },
  'northern ireland': { country: 'GB' },
  us: { country: 'US' },
  usa: { country: 'US' },
  'u s': { country: 'US' },
  'u s a': { country: 'US' },
  'united states of america': { country: 'US' },
  uae: { country: 'AE' },
  'u a e': { country: 'AE' },
  'the emirates': { country: 'AE' },
  holland: { country: 'NL' },
  kl: { zone: 'Asia/Kuala_Lumpur' },
  nyc: { zone: 'America/New_York' },
  'washington dc': { zone: 'America/New_York' },
  boston: { zone: 'America/New_York' },
  la: { zone: 'America/Los_Angeles' },
  sf: { zone: 'America/Los_Angeles' },
  'san francisco': { zone: 'America/Los_Angeles' },
  seattle: { zone: 'America/Los_Angeles' },
  bangalore: { zone: 'Asia/Kolkata' },
  bombay: { zone: 'Asia/Kolkata' },
  'new delhi': { zone: 'Asia/Kolkata' },
  chennai: { zone: 'Asia/Kolkata' },
  madras: { zone: 'Asia/Kolkata' },
  pune: { zone: 'Asia/Kolkata' },
  saigon: { zone: 'Asia/Ho_Chi_Minh' },
  hcmc: { zone: 'Asia/Ho_Chi_Minh' },
  peking: { zone: 'Asia/Shanghai' },
  hk: { zone: 'Asia/Hong_Kong' },
  penang: { zone: 'Asia/Kuala_Lumpur' },
  cyberjaya: { zone: 'Asia/Kuala_Lumpur' },
  edinburgh: { zone: 'Europe/London' },
};
