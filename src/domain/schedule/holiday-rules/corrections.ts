/**
 * Corrections to countries `date-holidays` covers, in its own rule format,
 * merged over its rules at build time (`added-holidays.ts`): a rule given
 * here replaces or adds to the country's, `false` removes one, and `zones`
 * replaces the country's zones.
 */
import type { PlaceRules } from './place-rules.ts';

/** The parts of a country's data a correction replaces. */
export type Correction = Partial<Pick<PlaceRules, 'zones' | 'days'>>;

/** Egypt's midweek national days are observed on the Thursday of their week (Cabinet decisions since 2023). */
const ON_THURSDAY = 'if Sunday,Monday,Tuesday,Wednesday then next Thursday #1';

export const CORRECTIONS: Readonly<Record<string, Correction>> = {
  /**
   * The UAE: Arafat Day, Commemoration Day (1 December) and the second day of
   * National Day are public holidays; the first day of Ramadan never was one,
   * and Laylat al-Mi'raj was dropped in 2019.
   * @source https://u.ae/en/information-and-services/public-holidays-and-religious-affairs/public-holidays
   */
  AE: {
    days: {
      '1 Ramadan': false,
      '27 Rajab': false,
      '9 Dhu al-Hijjah': { _name: '9 Dhu al-Hijjah' },
      '12-01': { name: { en: 'Commemoration Day', ar: 'يوم الشهيد' } },
      '12-03': { name: { en: 'National Day (second day)', ar: 'اليوم الوطني' } },
    },
  },
  /**
   * Bangladesh: Shab-e-Barat (15 Shaban) and Shab-e-Qadr (27 Ramadan) are public holidays.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Bangladesh
   */
  BD: {
    days: {
      '15 Shaban': { _name: '15 Shaban' },
      '27 Ramadan': { _name: '27 Ramadan' },
    },
  },
  /**
   * Brunei: Armed Forces Day is 31 May, the day the Royal Brunei Armed Forces were founded in 1961.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Brunei
   */
  BN: {
    days: {
      '03-31': false,
      '05-31': { name: { en: 'Armed Forces Day', ms: 'Hari Angkatan Bersenjata Diraja Brunei' } },
    },
  },
  /**
   * Canada, where no province is chosen (a Toronto zone is Ontario's or
   * Quebec's): the Mondays most provinces close on, so a follow-up avoids them
   * wherever the office is.
   * @source https://www.canada.ca/en/revenue-agency/services/tax/public-holidays.html
   */
  CA: {
    days: {
      '3rd monday in February': { name: { en: 'Family Day (most provinces)', fr: 'Jour de la famille' } },
      'monday before 05-25': { name: { en: 'Victoria Day', fr: 'Journée nationale des patriotes' } },
      '1st monday in August': { name: { en: 'Civic Holiday (most provinces)', fr: 'Premier lundi d’août' } },
      '2nd monday in October': { name: { en: 'Thanksgiving', fr: 'Action de grâce' } },
      '12-26': { name: { en: 'Boxing Day', fr: 'Lendemain de Noël' } },
    },
  },
  /**
   * Bahrain keeps its own zone name, `Asia/Bahrain`; `Asia/Qatar` is Qatar's.
   * @source https://www.iana.org/time-zones (zone1970.tab: Asia/Qatar serves BH and QA)
   */
  BH: { zones: ['Asia/Bahrain'] },
  /**
   * Egypt moves national days that fall from Sunday to Wednesday to that
   * week's Thursday; the published date is kept too, as sources differ.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Egypt
   */
  EG: {
    days: {
      [`01-25 ${ON_THURSDAY}`]: { name: { en: 'Revolution Day 2011 (observed on the Thursday)', ar: 'عيد ثورة 25 يناير' } },
      [`04-25 ${ON_THURSDAY}`]: { name: { en: 'Sinai Liberation Day (observed on the Thursday)', ar: 'عيد تحرير سيناء' } },
      [`05-01 ${ON_THURSDAY}`]: { name: { en: 'Labour Day (observed on the Thursday)', ar: 'عيد العمال' } },
      [`06-30 ${ON_THURSDAY}`]: { name: { en: '30 June Day (observed on the Thursday)', ar: 'عيد ثورة 30 يونيو' } },
      [`07-23 ${ON_THURSDAY}`]: { name: { en: 'Revolution Day (observed on the Thursday)', ar: 'عيد ثورة 23 يوليو' } },
      [`10-06 ${ON_THURSDAY}`]: { name: { en: 'Armed Forces Day (observed on the Thursday)', ar: 'عيد القوات المسلحة' } },
    },
  },
  /**
   * South Korea: Seollal is the day before the lunar New Year, the day and
   * the day after; date-holidays' three-day span starts a day late.
   * @source https://github.com/commenthol/date-holidays/issues/640
   */
  KR: {
    days: {
      'korean 01-0-01 P3D': false,
      '1 day before korean 01-0-01 P3D': { name: { en: 'Korean New Year', ko: '설날' } },
    },
  },
  /**
   * Morocco: Amazigh New Year (14 January) has been a public holiday since 2024.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Morocco
   */
  MA: {
    days: { '01-14 since 2024': { name: { en: 'Amazigh New Year', ar: 'رأس السنة الأمازيغية' } } },
  },
  /**
   * Tunisia: Revolution Day is 17 December since 2021 (it was 14 January).
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Tunisia
   */
  TN: {
    days: {
      '01-14': false,
      '01-14 prior to 2021': { name: { en: 'Revolution and Youth Day', ar: 'عيد الثورة و الشباب' } },
      '12-17 since 2021': { name: { en: 'Revolution Day', ar: 'عيد الثورة' } },
    },
  },
  /**
   * Thailand: Labour Day closes private employers, where most interviewers work.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Thailand
   */
  TH: {
    days: { '05-01': { _name: '05-01', type: 'bank' } },
  },
  /**
   * Taiwan: the 2025 amendment made Labour Day a holiday for everyone and
   * restored Teachers' Day, Retrocession Day and Constitution Day.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Taiwan
   */
  TW: {
    days: {
      '05-01 since 2025': { _name: '05-01' },
      '09-28 since 2025': { name: { en: 'Teachers’ Day', zh: '教師節' } },
      '10-25 since 2025': { name: { en: 'Retrocession Day', zh: '臺灣光復節' } },
      '12-25 since 2025': { name: { en: 'Constitution Day', zh: '行憲紀念日' } },
    },
  },
  /**
   * Vietnam: National Day is two days, 2 September and the day before or
   * after it, as the government decides each year; both are kept.
   * @source https://en.wikipedia.org/wiki/Public_holidays_in_Vietnam
   */
  VN: {
    days: {
      '09-01': { name: { en: 'National Day (the day before)', vi: 'Quốc khánh' } },
      '09-03': { name: { en: 'National Day (the day after)', vi: 'Quốc khánh' } },
    },
  },
};
