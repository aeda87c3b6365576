/**
 * Yemen, which `date-holidays` does not cover. Friday–Saturday weekend.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Yemen
 */
import type { PlaceRules } from './place-rules.ts';

export const YE: PlaceRules = {
  names: { en: 'Yemen', ar: 'اليمن' },
  langs: ['ar'],
  zones: ['Asia/Aden'],
  days: {
    '05-01': { _name: '05-01' },
    '05-22': { name: { en: 'Unity Day', ar: 'العيد الوطني للجمهورية اليمنية' } },
    '09-26': { name: { en: 'Revolution Day', ar: 'عيد ثورة 26 سبتمبر' } },
    '10-14': { name: { en: 'Liberation Day', ar: 'عيد ثورة 14 أكتوبر' } },
    '11-30': { name: { en: 'Independence Day', ar: 'عيد الاستقلال' } },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '9 Dhu al-Hijjah': { _name: '9 Dhu al-Hijjah' },
    '10 Dhu al-Hijjah P4D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
  },
};
