/**
 * Jordan, which `date-holidays` does not cover. Friday–Saturday weekend.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Jordan
 */
import type { PlaceRules } from './place-rules.ts';

export const JO: PlaceRules = {
  names: { en: 'Jordan', ar: 'الأردن' },
  langs: ['ar'],
  zones: ['Asia/Amman'],
  days: {
    '01-01': { _name: '01-01' },
    '05-01': { _name: '05-01' },
    '05-25': { name: { en: 'Independence Day', ar: 'عيد الاستقلال' } },
    '12-25': { _name: '12-25' },
    '27 Rajab': { _name: '27 Rajab' },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '9 Dhu al-Hijjah': { _name: '9 Dhu al-Hijjah' },
    '10 Dhu al-Hijjah P3D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
  },
};
