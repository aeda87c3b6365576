/**
 * Oman, which `date-holidays` does not cover. Friday–Saturday weekend.
 * Lists give National Day as 18–19 November or as 20–21 November (the date
 * changed from 2020), so both are kept; the Sultan's Accession Day
 * (11 January) replaced Renaissance Day (23 July) from 2021.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Oman
 */
import type { PlaceRules } from './place-rules.ts';

export const OM: PlaceRules = {
  names: { en: 'Oman', ar: 'عُمان' },
  langs: ['ar'],
  zones: ['Asia/Muscat'],
  days: {
    '01-11 since 2021': { name: { en: 'Accession Day', ar: 'يوم تولي السلطان مقاليد الحكم' } },
    '27 Rajab': { _name: '27 Rajab' },
    '29 Ramadan P5D': { _name: '1 Shawwal' },
    '9 Dhu al-Hijjah': { _name: '9 Dhu al-Hijjah' },
    '10 Dhu al-Hijjah P3D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
    '11-18 P2D': { name: { en: 'National Day', ar: 'العيد الوطني' } },
    '11-20 P2D since 2020': { name: { en: 'National Day holiday', ar: 'إجازة العيد الوطني' } },
  },
};
