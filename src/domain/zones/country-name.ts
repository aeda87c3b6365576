/**
 * Country names from CLDR, through `Intl.DisplayNames`, in English (the
 * language of the site): "GB" → "United Kingdom".
 */

let names: Intl.DisplayNames | null | undefined;

/**
 * The English name of an ISO 3166 country code, or `''` when it has none.
 *
 * @example countryName('MY') //=> 'Malaysia'
 */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  if (names === undefined) names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }) : null;
  return names?.of(code) ?? '';
}
