/**
 * Qatar, which `date-holidays` does not cover. Friday–Saturday weekend. The
 * Eid holidays are those of the private sector (government offices close
 * longer, which the Gulf Eid breaks in `office-closures.ts` cover); the Qatar
 * Central Bank's holidays close banks.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Qatar
 */
import type { PlaceRules } from './place-rules.ts';

export const QA: PlaceRules = {
  names: { en: 'Qatar', ar: 'قطر' },
  langs: ['ar'],
  zones: ['Asia/Qatar'],
  days: {
    '01-01': { _name: '01-01', type: 'bank' },
    '2nd tuesday in February': { name: { en: 'National Sport Day', ar: 'اليوم الرياضي للدولة' } },
    '1st sunday in March': { name: { en: 'March Bank Holiday', ar: 'عطلة البنوك' }, type: 'bank' },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '9 Dhu al-Hijjah': { _name: '9 Dhu al-Hijjah' },
    '10 Dhu al-Hijjah P3D': { _name: '10 Dhu al-Hijjah' },
    '12-18': { name: { en: 'National Day', ar: 'اليوم الوطني' } },
  },
};
