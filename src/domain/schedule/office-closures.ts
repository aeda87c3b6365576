/**
 * Days most offices in a country are closed although not every one of them
 * is a public holiday: multi-day breaks (Eid, Lunar New Year, Golden Week,
 * Songkran) and shutdowns (Christmas to New Year). The one list the planner
 * and the guide both read, so the weeks-after page and the schedule cannot
 * disagree: the schedule avoids these days (`holidays-from-data.ts` works out
 * each year's dates), and the guide renders the list at build time.
 *
 * Each entry names its source. Its days are written in `date-holidays`' rule
 * format (the first day and a length, `12-24 P9D`), so the same parser that
 * works out public holidays works out a break that follows the Chinese or
 * Islamic calendar. A break on the Islamic calendar is an estimate (the month
 * starts when the new moon is seen), so the day either side of it is avoided
 * too, as for an Islamic public holiday.
 *
 * Imports nothing, so the guide can read it without the parser.
 */

/** Where an entry's facts come from. */
export interface ClosureSource {
  /** What the page is, as a reader would cite it. */
  title: string;
  url: string;
}

/** Days most offices in some countries are closed. */
export interface OfficeClosure {
  /** Stable id, e.g. `year-end-uk-ireland`. */
  id: string;
  /** What it is called, for a list or a heading: "Christmas to New Year". */
  name: string;
  /** When, in words a reader can check: "24 December to 1 January". */
  when: string;
  /** ISO 3166 codes of the countries where most offices close then. */
  countries: readonly string[];
  /**
   * The days, in `date-holidays`' rule format: the first day and how many
   * (`12-24 P9D`, `2 days before chinese 01-0-01 P10D`, `29 Ramadan P5D`).
   */
  rule: string;
  /** Why a follow-up avoids these days, completing "Moved from Tue 29 Dec: …"; `{in}` becomes "in the UK". */
  reason: string;
  source: ClosureSource;
}

const CHRISTMAS_SEASON: ClosureSource = {
  title: 'Wikipedia: Christmas and holiday season (offices and businesses closing for the week)',
  url: 'https://en.wikipedia.org/wiki/Christmas_and_holiday_season',
};
const YEAR_END_REASON = 'most offices {in} are closed between Christmas and New Year';

/**
 * Every closure Nudge knows, in the order the guide lists them.
 *
 * @example OFFICE_CLOSURES.find((closure) => closure.id === 'year-end-uk-ireland')?.when //=> '24 December to 1 January'
 */
export const OFFICE_CLOSURES: readonly OfficeClosure[] = [
  {
    id: 'year-end-uk-ireland',
    name: 'Christmas to New Year',
    when: '24 December to 1 January',
    countries: ['GB', 'IE'],
    rule: '12-24 P9D',
    reason: YEAR_END_REASON,
    source: { title: 'GOV.UK: Holiday entitlement, booking time off (employers may close over Christmas)', url: 'https://www.gov.uk/holiday-entitlement-rights/booking-time-off' },
  },
  {
    id: 'year-end-europe',
    name: 'Christmas to New Year',
    when: '24 December to 1 January',
    // "Zwischen den Jahren", "mellandagarna", "romjul": most of Europe slows to a stop.
    countries: ['AT', 'BE', 'CH', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'HU', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'SE', 'SI', 'SK'],
    rule: '12-24 P9D',
    reason: YEAR_END_REASON,
    source: CHRISTMAS_SEASON,
  },
  {
    id: 'year-end-north-america',
    name: 'Christmas to New Year',
    when: '24 December to 1 January',
    countries: ['US', 'CA'],
    rule: '12-24 P9D',
    reason: YEAR_END_REASON,
    source: CHRISTMAS_SEASON,
  },
  {
    id: 'year-end-australia',
    name: 'Christmas to New Year',
    when: '24 December to 1 January',
    countries: ['AU'],
    rule: '12-24 P9D',
    reason: YEAR_END_REASON,
    source: { title: 'Fair Work Ombudsman: Annual leave, shutdowns over Christmas and New Year', url: 'https://www.fairwork.gov.au/leave/annual-leave/shutdowns' },
  },
  {
    id: 'year-end-new-zealand',
    name: 'Christmas to New Year',
    when: '24 December to 1 January',
    countries: ['NZ'],
    rule: '12-24 P9D',
    reason: YEAR_END_REASON,
    source: { title: 'Employment New Zealand: Closedown periods', url: 'https://www.employment.govt.nz/leave-and-holidays/annual-holidays/closedown-periods/' },
  },
  {
    id: 'thanksgiving-us',
    name: 'Thanksgiving and the day after',
    when: 'the fourth Thursday of November and the Friday after it',
    countries: ['US'],
    rule: '4th thursday in November P2D',
    reason: 'many offices {in} close for Thanksgiving and the day after',
    source: { title: 'Wikipedia: Black Friday (many employers give the day after Thanksgiving off)', url: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)' },
  },
  {
    id: 'year-end-japan',
    name: 'New Year holidays',
    when: '29 December to 3 January',
    countries: ['JP'],
    rule: '12-29 P6D',
    reason: 'most offices {in} are closed for the New Year holidays',
    source: { title: 'Wikipedia: Public holidays in Japan (government offices close 29 December to 3 January)', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Japan' },
  },
  {
    id: 'golden-week-japan',
    name: 'Golden Week',
    when: '29 April to 5 May',
    countries: ['JP'],
    rule: '04-29 P7D',
    reason: 'many offices {in} close for Golden Week',
    source: { title: 'Wikipedia: Golden Week (Japan)', url: 'https://en.wikipedia.org/wiki/Golden_Week_(Japan)' },
  },
  {
    id: 'spring-festival-china',
    name: 'Spring Festival (Lunar New Year)',
    when: 'the day before New Year’s Eve to the seventh day of the new year',
    countries: ['CN'],
    rule: '2 days before chinese 01-0-01 P10D',
    reason: 'offices {in} close for the Spring Festival week',
    source: { title: 'Wikipedia: Golden week (China), the Spring Festival holiday', url: 'https://en.wikipedia.org/wiki/Golden_week_(China)' },
  },
  {
    id: 'national-day-china',
    name: 'National Day Golden Week',
    when: '1 to 7 October',
    countries: ['CN'],
    rule: '10-01 P7D',
    reason: 'offices {in} close for the National Day Golden Week',
    source: { title: 'Wikipedia: Golden week (China), the National Day holiday', url: 'https://en.wikipedia.org/wiki/Golden_week_(China)' },
  },
  {
    id: 'lunar-new-year-taiwan',
    name: 'Lunar New Year',
    when: 'the day before New Year’s Eve to the fifth day of the new year',
    countries: ['TW'],
    rule: '2 days before chinese 01-0-01 P8D',
    reason: 'offices {in} close for the Lunar New Year holiday',
    source: { title: 'Wikipedia: Public holidays in Taiwan', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Taiwan' },
  },
  {
    id: 'tet-vietnam',
    name: 'Tết (Lunar New Year)',
    when: 'from three days before the new year, for nine days',
    countries: ['VN'],
    rule: '3 days before vietnamese 1-0-1 P9D',
    reason: 'offices {in} close for the Tết holiday',
    source: { title: 'Wikipedia: Tết', url: 'https://en.wikipedia.org/wiki/T%E1%BA%BFt' },
  },
  {
    id: 'songkran-thailand',
    name: 'Songkran',
    when: '13 to 15 April',
    countries: ['TH'],
    rule: '04-13 P3D',
    reason: 'offices {in} close for Songkran, the Thai New Year',
    source: { title: 'Wikipedia: Songkran (Thailand)', url: 'https://en.wikipedia.org/wiki/Songkran_(Thailand)' },
  },
  {
    id: 'eid-al-fitr-gulf',
    name: 'Eid al-Fitr break',
    when: 'from the 29th of Ramadan to the 3rd of Shawwal',
    countries: ['AE', 'BH', 'KW', 'OM', 'QA', 'SA'],
    rule: '29 Ramadan P5D',
    reason: 'most offices {in} close for the Eid al-Fitr break',
    source: { title: 'Wikipedia: Eid al-Fitr (public holidays by country)', url: 'https://en.wikipedia.org/wiki/Eid_al-Fitr' },
  },
  {
    id: 'eid-al-adha-gulf',
    name: 'Eid al-Adha break',
    when: 'from Arafat Day (9 Dhu al-Hijjah) to the 12th',
    countries: ['AE', 'BH', 'KW', 'OM', 'QA', 'SA'],
    rule: '9 Dhu al-Hijjah P4D',
    reason: 'most offices {in} close for the Eid al-Adha break',
    source: { title: 'Wikipedia: Eid al-Adha (public holidays by country)', url: 'https://en.wikipedia.org/wiki/Eid_al-Adha' },
  },
  {
    id: 'lebaran-indonesia',
    name: 'Lebaran (Eid al-Fitr) with the joint leave days',
    when: 'from two days before Eid al-Fitr, for a week',
    countries: ['ID'],
    rule: '2 days before 1 Shawwal P7D',
    reason: 'most offices {in} close for Lebaran and its joint leave days (cuti bersama)',
    source: { title: 'Wikipedia: Public holidays in Indonesia (cuti bersama, the joint leave days)', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Indonesia' },
  },
  {
    id: 'hari-raya-malaysia',
    name: 'Hari Raya Aidilfitri',
    when: 'the first three days of Shawwal',
    countries: ['MY'],
    rule: '1 Shawwal P3D',
    reason: 'many offices {in} close for Hari Raya Aidilfitri',
    source: { title: 'Wikipedia: Public holidays in Malaysia', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Malaysia' },
  },
  {
    id: 'eid-al-fitr-west-north-africa',
    name: 'Eid al-Fitr',
    when: 'the first two days of Shawwal',
    countries: ['DZ', 'MA', 'NG', 'TN'],
    rule: '1 Shawwal P2D',
    reason: 'offices {in} close for the two days of Eid al-Fitr',
    source: { title: 'Wikipedia: Eid al-Fitr (public holidays by country)', url: 'https://en.wikipedia.org/wiki/Eid_al-Fitr' },
  },
  {
    id: 'eid-al-adha-west-north-africa',
    name: 'Eid al-Adha',
    when: 'the 10th and 11th of Dhu al-Hijjah',
    countries: ['DZ', 'MA', 'NG', 'TN'],
    rule: '10 Dhu al-Hijjah P2D',
    reason: 'offices {in} close for the two days of Eid al-Adha',
    source: { title: 'Wikipedia: Eid al-Adha (public holidays by country)', url: 'https://en.wikipedia.org/wiki/Eid_al-Adha' },
  },
  {
    id: 'eid-egypt',
    name: 'Eid al-Fitr break',
    when: 'the first four days of Shawwal',
    countries: ['EG'],
    rule: '1 Shawwal P4D',
    reason: 'offices {in} close for the Eid al-Fitr break',
    source: { title: 'Wikipedia: Public holidays in Egypt', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Egypt' },
  },
  {
    id: 'eid-al-fitr-bangladesh',
    name: 'Eid al-Fitr break',
    when: 'from two days before Eid al-Fitr, for six days',
    countries: ['BD'],
    rule: '2 days before 1 Shawwal P6D',
    reason: 'offices {in} close for the Eid al-Fitr break',
    source: { title: 'Wikipedia: Public holidays in Bangladesh', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Bangladesh' },
  },
  {
    id: 'eid-al-adha-bangladesh',
    name: 'Eid al-Adha break',
    when: 'from two days before Eid al-Adha, for six days',
    countries: ['BD'],
    rule: '2 days before 10 Dhu al-Hijjah P6D',
    reason: 'offices {in} close for the Eid al-Adha break',
    source: { title: 'Wikipedia: Public holidays in Bangladesh', url: 'https://en.wikipedia.org/wiki/Public_holidays_in_Bangladesh' },
  },
];

/**
 * The closures kept in `country` (an ISO 3166 code, any case), in list order.
 *
 * @example closuresOf('gb').map((closure) => closure.id) //=> ['year-end-uk-ireland']
 */
export function closuresOf(country: string): OfficeClosure[] {
  const code = country.toUpperCase();
  return OFFICE_CLOSURES.filter((closure) => closure.countries.includes(code));
}

/** Names that read with "the" or a shorter form in a sentence. */
const COUNTRY_PHRASES: Readonly<Record<string, string>> = {
  AE: 'the UAE', BS: 'the Bahamas', CZ: 'Czechia', DO: 'the Dominican Republic', GB: 'the UK', GM: 'the Gambia',
  MV: 'the Maldives', NL: 'the Netherlands', PH: 'the Philippines', US: 'the US',
};

/**
 * A country as it reads after "in": "the UK", "Malaysia". The names are CLDR's, through `Intl`.
 *
 * @example countryPhrase('GB') //=> 'the UK'
 * @example countryPhrase('MY') //=> 'Malaysia'
 */
export function countryPhrase(country: string): string {
  const code = country.toUpperCase();
  if (COUNTRY_PHRASES[code]) return COUNTRY_PHRASES[code];
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Why a follow-up avoids a day of `closure` in `country`, as a note's words.
 *
 * @example closureReason(OFFICE_CLOSURES[0], 'GB') //=> 'most offices in the UK are closed between Christmas and New Year'
 */
export function closureReason(closure: Pick<OfficeClosure, 'reason'>, country: string): string {
  return closure.reason.replace('{in}', `in ${countryPhrase(country)}`);
}
