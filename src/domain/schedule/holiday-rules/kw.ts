/**
 * Kuwait, which `date-holidays` does not cover. Friday–Saturday weekend
 * (`holiday-calendar.ts`). The Islamic holidays follow the Hijri calendar, so
 * their dates are estimates until the Civil Service Commission announces them.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Kuwait
 */
import type { PlaceRules } from './place-rules.ts';

export const KW: PlaceRules = {
  names: { en: 'Kuwait', ar: 'الكويت' },
  langs: ['ar'],
  zones: ['Asia/Kuwait'],
  days: {
    '01-01': { _name: '01-01' },
    '02-25': { name: { en: 'National Day', ar: 'العيد الوطني' } },
    '02-26': { name: { en: 'Liberation Day', ar: 'عيد التحرير' } },
    '27 Rajab': { _name: '27 Rajab' },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '9 Dhu al-Hijjah': { _name: '9 Dhu al-Hijjah' },
    '10 Dhu al-Hijjah P3D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
  },
};
